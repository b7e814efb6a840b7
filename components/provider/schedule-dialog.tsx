'use client';

import { useState } from 'react';
import { scheduleAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { useActionMutation } from '@/components/jobs/use-action-mutation';
import { WindowFields, readWindow } from './window-fields';

type Props = { jobId: string; timeZone: string; technicians: { id: string; name: string }[]; defaultDate: string };

export function ScheduleDialog({ jobId, timeZone, technicians, defaultDate }: Props) {
  const [open, setOpen] = useState(false);
  const schedule = useActionMutation(scheduleAppointmentAction, { success: 'Appointment scheduled.', onSuccess: () => setOpen(false) });
  return (
    <FormDialog
      trigger={<Button>Schedule Appointment</Button>}
      title="Schedule Appointment"
      description={`Times are in the service address’s time zone (${timeZone}).`}
      open={open}
      onOpenChange={setOpen}
      onSubmit={(form) => schedule.mutate({ jobId, ...readWindow(form) })}
      pending={schedule.isPending}
    >
      <WindowFields technicians={technicians} defaultDate={defaultDate} errors={schedule.error?.fieldErrors} />
    </FormDialog>
  );
}
