'use client';

import { useState } from 'react';
import { rescheduleAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { useActionMutation } from '@/components/jobs/use-action-mutation';
import { WindowFields, readWindow } from './window-fields';

export type ZonedWindow = { date: string; windowStart: string; windowEnd: string; technicianId: string | null };

type Props = { jobId: string; appointmentId: string; timeZone: string; technicians: { id: string; name: string }[]; current: ZonedWindow };

/** Moves a scheduled visit: the same fields as scheduling, prefilled with the visit as it stands. */
export function RescheduleDialog({ jobId, appointmentId, timeZone, technicians, current }: Props) {
  const [open, setOpen] = useState(false);
  const reschedule = useActionMutation(rescheduleAppointmentAction, { success: 'Appointment rescheduled.', onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          Reschedule
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reschedule Appointment</DialogTitle>
          <DialogDescription>Times are in the service address’s time zone ({timeZone}). The customer is told the new window.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            reschedule.mutate({ jobId, appointmentId, ...readWindow(new FormData(e.currentTarget)) });
          }}
        >
          <WindowFields technicians={technicians} defaultDate={current.date} defaults={current} errors={reschedule.error?.fieldErrors} />
          <DialogFooter>
            <Button type="submit" disabled={reschedule.isPending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
