import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { mutateJob } from '../jobs/mutate-job';
import { customerAlert } from '../notifications/customer-alerts';
import { id, parseInput } from '../validation';
import { loadAppointmentForUpdate } from './load-appointment';
import { transitionAppointment } from './transition-appointment';

export const markEnrouteInput = z.object({
  jobId: id,
  appointmentId: id,
  etaMinutes: z.coerce
    .number({ error: 'Enter the ETA in minutes.' })
    .int({ error: 'Enter whole minutes.' })
    .min(1, { error: 'The ETA must be at least 1 minute.' })
    .max(600, { error: 'The ETA can be at most 600 minutes.' }),
});

/** On My Way: records the ETA and tells the customer who is coming and when. */
export async function markEnroute(actor: Actor, raw: z.input<typeof markEnrouteInput>) {
  const input = parseInput(markEnrouteInput, raw);
  return mutateJob(actor, input.jobId, 'mark_enroute', async ({ tx, job, at }) => {
    const current = await loadAppointmentForUpdate(tx, job, actor, input.appointmentId);
    const etaAt = new Date(at.getTime() + input.etaMinutes * 60_000);
    const updated = await transitionAppointment(
      tx,
      actor,
      current,
      'mark_enroute',
      { enrouteAt: at, etaMinutes: input.etaMinutes, etaAt, technicianId: current.technicianId ?? (actor.role === 'technician' ? actor.userId : null) },
      at,
    );
    return {
      event: { type: 'appointment.enroute', appointmentId: current.id, details: { etaMinutes: input.etaMinutes, etaAt: etaAt.toISOString() } },
      messages: (saved) => customerAlert(tx, 'appointment.enroute', saved, updated),
      result: { appointmentId: current.id, etaAt: etaAt.toISOString() },
    };
  });
}
