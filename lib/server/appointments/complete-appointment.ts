import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { completeReasons } from '@/db/schema';
import type { Actor } from '../actor';
import { invalidInput } from '../errors';
import { mutateJob } from '../jobs/mutate-job';
import { customerAlert } from '../notifications/customer-alerts';
import { id, optionalText, parseInput } from '../validation';
import { loadAppointmentForUpdate } from './load-appointment';
import { transitionAppointment } from './transition-appointment';

export const completeAppointmentInput = z.object({
  jobId: id,
  appointmentId: id,
  completeReasonId: z.uuid({ error: 'Choose a complete reason.' }),
  note: optionalText(2000),
});

/** Ends a visit with a reason of the job owner's list; the reason decides Complete or Paused. */
export async function completeAppointment(actor: Actor, raw: z.input<typeof completeAppointmentInput>) {
  const input = parseInput(completeAppointmentInput, raw);
  return mutateJob(actor, input.jobId, 'complete_appointment', async ({ tx, job, at }) => {
    const current = await loadAppointmentForUpdate(tx, job, actor, input.appointmentId);
    const [reason] = await tx
      .select({ id: completeReasons.id, label: completeReasons.label, effect: completeReasons.effect })
      .from(completeReasons)
      .where(and(eq(completeReasons.id, input.completeReasonId), eq(completeReasons.organizationId, job.organizationId), eq(completeReasons.active, true)));
    if (!reason) throw invalidInput('Choose a complete reason from the list.', { completeReasonId: ['Choose a complete reason from the list.'] });
    const updated = await transitionAppointment(
      tx,
      actor,
      current,
      'complete_appointment',
      { completedAt: at, completeReasonId: reason.id, note: input.note ?? null },
      at,
    );
    return {
      event: {
        type: 'appointment.completed',
        appointmentId: current.id,
        details: { reason: reason.label, effect: reason.effect, ...(input.note ? { note: input.note } : {}) },
      },
      messages: (saved) => customerAlert(tx, 'appointment.completed', saved, updated),
      result: { appointmentId: current.id },
    };
  });
}
