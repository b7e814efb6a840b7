'use client';

import { useState } from 'react';
import { cancelAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { useActionMutation } from '@/components/jobs/use-action-mutation';

/** Takes a visit off the schedule; the reason is optional and kept on the appointment. */
export function CancelAppointmentDialog({ jobId, appointmentId }: { jobId: string; appointmentId: string }) {
  const [open, setOpen] = useState(false);
  const cancel = useActionMutation(cancelAppointmentAction, { success: 'Appointment canceled.', onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          Cancel Appointment
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Cancel Appointment</DialogTitle>
          <DialogDescription>The visit leaves the schedule. With nothing else open, the job goes back to Unscheduled.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            cancel.mutate({ jobId, appointmentId, reason: String(new FormData(e.currentTarget).get('reason') ?? '') });
          }}
        >
          <Field id={`cancel-appointment-reason-${appointmentId}`} label="Reason (optional)" error={cancel.error?.fieldErrors?.reason}>
            <Textarea name="reason" maxLength={500} />
          </Field>
          <DialogFooter>
            <Button type="submit" variant="destructive" disabled={cancel.isPending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
