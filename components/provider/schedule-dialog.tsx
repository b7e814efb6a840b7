'use client';

import { scheduleAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { useCommandDialog } from '@/components/commands/use-command-dialog';
import { WindowFields, readWindow } from './window-fields';

type Props = { jobId: string; timeZone: string; technicians: { id: string; name: string }[]; defaultDate: string };

export function ScheduleDialog({ jobId, timeZone, technicians, defaultDate }: Props) {
  const schedule = useCommandDialog(scheduleAppointmentAction, { success: 'Appointment scheduled.' });
  return (
    <FormDialog
      trigger={<Button>Schedule Appointment</Button>}
      title="Schedule Appointment"
      description={`Times are in the service address’s time zone (${timeZone}).`}
      open={schedule.open}
      onOpenChange={schedule.onOpenChange}
      onSubmit={(form) => schedule.run({ jobId, ...readWindow(form) })}
      pending={schedule.pending}
    >
      <WindowFields technicians={technicians} defaultDate={defaultDate} errors={schedule.error?.fieldErrors} />
    </FormDialog>
  );
}
