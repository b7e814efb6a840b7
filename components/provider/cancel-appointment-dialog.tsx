'use client';

import { cancelAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { useCommandDialog } from '@/components/commands/use-command-dialog';

/** Takes a visit off the schedule; the reason is optional and kept on the appointment. */
export function CancelAppointmentDialog({ jobId, appointmentId }: { jobId: string; appointmentId: string }) {
  const cancel = useCommandDialog(cancelAppointmentAction, { success: 'Appointment canceled.' });
  return (
    <FormDialog
      trigger={<Button variant="outline">Cancel Appointment</Button>}
      title="Cancel Appointment"
      description="The visit leaves the schedule. With nothing else open, the job goes back to Unscheduled."
      open={cancel.open}
      onOpenChange={cancel.onOpenChange}
      onSubmit={(form) => cancel.run({ jobId, appointmentId, reason: String(form.get('reason') ?? '') })}
      pending={cancel.pending}
      confirm={{ variant: 'destructive' }}
    >
      <Field id={`cancel-appointment-reason-${appointmentId}`} label="Reason (optional)" error={cancel.error?.fieldErrors?.reason}>
        <Textarea name="reason" maxLength={500} />
      </Field>
    </FormDialog>
  );
}
