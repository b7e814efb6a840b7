'use client';

import { rescheduleAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { useCommandDialog } from '@/components/commands/use-command-dialog';
import { WindowFields, readWindow } from './window-fields';

export type ZonedWindow = { date: string; windowStart: string; windowEnd: string; technicianId: string | null };

type Props = { jobId: string; appointmentId: string; timeZone: string; technicians: { id: string; name: string }[]; current: ZonedWindow };

/** Moves a scheduled visit: the same fields as scheduling, prefilled with the visit as it stands. */
export function RescheduleDialog({ jobId, appointmentId, timeZone, technicians, current }: Props) {
  const reschedule = useCommandDialog(rescheduleAppointmentAction, { success: 'Appointment rescheduled.' });
  return (
    <FormDialog
      trigger={<Button variant="outline">Reschedule</Button>}
      title="Reschedule Appointment"
      description={`Times are in the service address’s time zone (${timeZone}). The customer is told the new window.`}
      open={reschedule.open}
      onOpenChange={reschedule.onOpenChange}
      onSubmit={(form) => reschedule.run({ jobId, appointmentId, ...readWindow(form) })}
      pending={reschedule.pending}
    >
      <WindowFields technicians={technicians} defaultDate={current.date} defaults={current} errors={reschedule.error?.fieldErrors} />
    </FormDialog>
  );
}
