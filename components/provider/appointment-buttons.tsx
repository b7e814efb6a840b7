'use client';

import { markEnrouteAction, startAppointmentAction } from '@/lib/actions/appointment-actions';
import type { VisitAction } from '@/lib/domain/visit-actions';
import { Button } from '@/components/ui/button';
import { useCommand } from '@/components/commands/use-command';
import { CompleteAppointmentDialog } from './complete-appointment-dialog';
import { EnrouteDialog } from './enroute-dialog';

type Props = {
  jobId: string;
  appointmentId: string;
  /** What the server says this user may do to the visit now. */
  actions: readonly VisitAction[];
  reasons: { id: string; label: string }[];
  size?: 'default' | 'lg';
};

/** On My Way, Start Appointment, Complete Appointment: the next step first, for technicians and dispatchers alike. */
export function AppointmentButtons({ jobId, appointmentId, actions, reasons, size = 'default' }: Props) {
  const start = useCommand(startAppointmentAction, { success: 'Appointment started.' });
  const ids = { jobId, appointmentId };
  const may = (action: VisitAction) => actions.includes(action);
  // The step that moves the visit along is the filled button; the others are there for backup statusing.
  const next = (['mark_enroute', 'start_appointment', 'complete_appointment'] as const).find(may);
  if (!next) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {may('mark_enroute') && <EnrouteDialog {...ids} size={size} action={markEnrouteAction} />}
      {may('start_appointment') && (
        <Button size={size} variant={next === 'start_appointment' ? 'default' : 'outline'} onClick={() => start.run(ids)} pending={start.pending} disabled={!start.ready}>
          Start Appointment
        </Button>
      )}
      {may('complete_appointment') && <CompleteAppointmentDialog {...ids} reasons={reasons} size={size} primary={next === 'complete_appointment'} />}
    </div>
  );
}
