'use client';

import { useState } from 'react';
import { cancelAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { useActionMutation } from '@/components/jobs/use-action-mutation';

/** Takes a visit off the schedule; the reason is optional and kept on the appointment. */
export function CancelAppointmentDialog({ jobId, appointmentId }: { jobId: string; appointmentId: string }) {
  const [open, setOpen] = useState(false);
  const cancel = useActionMutation(cancelAppointmentAction, { success: 'Appointment canceled.', onSuccess: () => setOpen(false) });
  return (
    <FormDialog
      trigger={<Button variant="outline">Cancel Appointment</Button>}
      title="Cancel Appointment"
      description="The visit leaves the schedule. With nothing else open, the job goes back to Unscheduled."
      open={open}
      onOpenChange={setOpen}
      onSubmit={(form) => cancel.mutate({ jobId, appointmentId, reason: String(form.get('reason') ?? '') })}
      pending={cancel.isPending}
      confirm={{ variant: 'destructive' }}
    >
      <Field id={`cancel-appointment-reason-${appointmentId}`} label="Reason (optional)" error={cancel.error?.fieldErrors?.reason}>
        <Textarea name="reason" maxLength={500} />
      </Field>
    </FormDialog>
  );
}
