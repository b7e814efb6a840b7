'use client';

import { useState } from 'react';
import { completeAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useActionMutation } from '@/components/jobs/use-action-mutation';

type Props = { jobId: string; appointmentId: string; reasons: { id: string; label: string }[]; size: 'default' | 'lg'; primary: boolean };

export function CompleteAppointmentDialog({ jobId, appointmentId, reasons, size, primary }: Props) {
  const [open, setOpen] = useState(false);
  const complete = useActionMutation(completeAppointmentAction, { success: 'Appointment completed.', onSuccess: () => setOpen(false) });
  const errors = complete.error?.fieldErrors;
  return (
    <FormDialog
      trigger={<Button size={size} variant={primary ? 'default' : 'outline'}>Complete Appointment</Button>}
      title="Complete Appointment"
      description="The reason decides whether the job is complete or needs another visit."
      open={open}
      onOpenChange={setOpen}
      onSubmit={(form) => complete.mutate({ jobId, appointmentId, completeReasonId: String(form.get('completeReasonId') ?? ''), note: String(form.get('note') ?? '') })}
      pending={complete.isPending}
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
