import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { mutateJob } from '../jobs/mutate-job';
import { customerAlert } from '../notifications/customer-alerts';
import { id, parseInput } from '../validation';
import { loadAppointmentForUpdate } from './load-appointment';
import { transitionAppointment } from './transition-appointment';

export const startAppointmentInput = z.object({ jobId: id, appointmentId: id });

export async function startAppointment(actor: Actor, raw: z.input<typeof startAppointmentInput>) {
  const input = parseInput(startAppointmentInput, raw);
  return mutateJob(actor, input.jobId, 'start_appointment', async ({ tx, job, at }) => {
    const current = await loadAppointmentForUpdate(tx, job, actor, input.appointmentId);
    const updated = await transitionAppointment(tx, actor, current, 'start_appointment', { startedAt: at }, at);
    return {
      event: { type: 'appointment.started', appointmentId: current.id, details: {} },
      messages: (saved) => customerAlert(tx, 'appointment.started', saved, updated),
      result: { appointmentId: current.id },
    };
  });
}
