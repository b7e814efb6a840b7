import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { mutateJob } from '../jobs/mutate-job';
import { id, optionalText, parseInput } from '../validation';
import { loadAppointmentForUpdate } from './load-appointment';
import { transitionAppointment } from './transition-appointment';

export const cancelAppointmentInput = z.object({ jobId: id, appointmentId: id, reason: optionalText(500) });

/** Takes a visit off the schedule; the job falls back to Unscheduled when nothing else is open. */
export async function cancelAppointment(actor: Actor, raw: z.input<typeof cancelAppointmentInput>) {
  const input = parseInput(cancelAppointmentInput, raw);
  return mutateJob(actor, input.jobId, 'cancel_appointment', async ({ tx, job, at }) => {
    const current = await loadAppointmentForUpdate(tx, job, actor, input.appointmentId);
    await transitionAppointment(tx, actor, current, 'cancel_appointment', { canceledAt: at, cancelReason: input.reason ?? null }, at);
    return {
      event: { type: 'appointment.canceled', appointmentId: current.id, details: input.reason ? { reason: input.reason } : {} },
      result: { appointmentId: current.id },
    };
  });
}
