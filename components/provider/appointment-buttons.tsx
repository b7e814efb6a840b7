'use client';

import { markEnrouteAction, startAppointmentAction } from '@/lib/actions/appointment-actions';
import type { AppointmentStatus } from '@/lib/domain/statuses';
import { Button } from '@/components/ui/button';
import { useActionMutation } from '@/components/jobs/use-action-mutation';
import { CompleteAppointmentDialog } from './complete-appointment-dialog';
import { EnrouteDialog } from './enroute-dialog';

type Props = {
  jobId: string;
  appointmentId: string;
  status: AppointmentStatus;
  reasons: { id: string; label: string }[];
  canCompleteFromScheduled: boolean;
  size?: 'default' | 'lg';
};

/** On My Way, Start Appointment, Complete Appointment: the next step first, for technicians and dispatchers alike. */
export function AppointmentButtons({ jobId, appointmentId, status, reasons, canCompleteFromScheduled, size = 'default' }: Props) {
  const start = useActionMutation(startAppointmentAction, { success: 'Appointment started.' });
  const ids = { jobId, appointmentId };
  if (status !== 'scheduled' && status !== 'enroute' && status !== 'started') return null;
  return (
    <div className="flex flex-wrap gap-2">
      {status === 'scheduled' && <EnrouteDialog {...ids} size={size} action={markEnrouteAction} />}
      {(status === 'scheduled' || status === 'enroute') && (
        <Button size={size} variant={status === 'enroute' ? 'default' : 'outline'} onClick={() => start.mutate(ids)} disabled={start.isPending}>
          Start Appointment
        </Button>
      )}
      {(status === 'started' || (status === 'scheduled' && canCompleteFromScheduled)) && (
        <CompleteAppointmentDialog {...ids} reasons={reasons} size={size} primary={status === 'started'} />
      )}
    </div>
  );
}
