'use client';

import { useState } from 'react';
import { rescheduleAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { useActionMutation } from '@/components/jobs/use-action-mutation';
import { WindowFields, readWindow } from './window-fields';

export type ZonedWindow = { date: string; windowStart: string; windowEnd: string; technicianId: string | null };

type Props = { jobId: string; appointmentId: string; timeZone: string; technicians: { id: string; name: string }[]; current: ZonedWindow };

/** Moves a scheduled visit: the same fields as scheduling, prefilled with the visit as it stands. */
export function RescheduleDialog({ jobId, appointmentId, timeZone, technicians, current }: Props) {
  const [open, setOpen] = useState(false);
  const reschedule = useActionMutation(rescheduleAppointmentAction, { success: 'Appointment rescheduled.', onSuccess: () => setOpen(false) });
  return (
    <FormDialog
      trigger={<Button variant="outline">Reschedule</Button>}
      title="Reschedule Appointment"
      description={`Times are in the service address’s time zone (${timeZone}). The customer is told the new window.`}
      open={open}
      onOpenChange={setOpen}
      onSubmit={(form) => reschedule.mutate({ jobId, appointmentId, ...readWindow(form) })}
      pending={reschedule.isPending}
    >
      <WindowFields technicians={technicians} defaultDate={current.date} defaults={current} errors={reschedule.error?.fieldErrors} />
    </FormDialog>
  );
}
