'use client';

import { completeAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useCommandDialog } from '@/components/commands/use-command-dialog';

type Props = { jobId: string; appointmentId: string; reasons: { id: string; label: string }[]; size: 'default' | 'lg'; primary: boolean };

export function CompleteAppointmentDialog({ jobId, appointmentId, reasons, size, primary }: Props) {
  const complete = useCommandDialog(completeAppointmentAction, { success: 'Appointment completed.' });
  const errors = complete.error?.fieldErrors;
  return (
    <FormDialog
      trigger={<Button size={size} variant={primary ? 'default' : 'outline'}>Complete Appointment</Button>}
      title="Complete Appointment"
      description="The reason decides whether the job is complete or needs another visit."
      open={complete.open}
      onOpenChange={complete.onOpenChange}
      onSubmit={(form) => complete.run({ jobId, appointmentId, completeReasonId: String(form.get('completeReasonId') ?? ''), note: String(form.get('note') ?? '') })}
      pending={complete.pending}
      confirm={{ size: 'lg' }}
    >
      <Field id="complete-reason" label="Complete reason" error={errors?.completeReasonId}>
        <Select name="completeReasonId" defaultValue="" required className="h-11 text-base">
          <option value="" disabled>
            Choose a reason…
          </option>
          {reasons.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="complete-note" label="Note" error={errors?.note}>
        <Textarea name="note" maxLength={2000} />
      </Field>
    </FormDialog>
  );
}
