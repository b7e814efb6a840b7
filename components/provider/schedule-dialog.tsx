'use client';

import { useState } from 'react';
import { scheduleAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { useActionMutation } from '@/components/jobs/use-action-mutation';
import { WindowFields, readWindow } from './window-fields';

type Props = { jobId: string; timeZone: string; technicians: { id: string; name: string }[]; defaultDate: string };

export function ScheduleDialog({ jobId, timeZone, technicians, defaultDate }: Props) {
  const [open, setOpen] = useState(false);
  const schedule = useActionMutation(scheduleAppointmentAction, { success: 'Appointment scheduled.', onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>Schedule Appointment</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Schedule Appointment</DialogTitle>
          <DialogDescription>Times are in the service address’s time zone ({timeZone}).</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            schedule.mutate({ jobId, ...readWindow(new FormData(e.currentTarget)) });
          }}
        >
          <WindowFields technicians={technicians} defaultDate={defaultDate} errors={schedule.error?.fieldErrors} />
          <DialogFooter>
            <Button type="submit" disabled={schedule.isPending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
