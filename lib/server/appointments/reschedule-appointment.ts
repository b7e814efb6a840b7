import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appointments } from '@/db/schema';
import { canRescheduleAppointment } from '@/lib/domain/appointment-transitions';
import type { Actor } from '../actor';
import { conflict } from '../errors';
import { mutateJob } from '../jobs/mutate-job';
import { customerAlert } from '../notifications/customer-alerts';
import { id, parseInput } from '../validation';
import { appointmentFields } from './appointment-input';
import { checkAppointment } from './insert-appointment';
import { loadAppointmentForUpdate } from './load-appointment';

// Unlike scheduling, an absent technician keeps the one assigned; only an empty choice unassigns.
export const rescheduleAppointmentInput = appointmentFields.extend({
  jobId: id,
  appointmentId: id,
  technicianId: z.union([id, z.literal('')]).optional(),
});

/** Moves a visit that has not begun to a new window (and technician); the customer is told. */
export async function rescheduleAppointment(actor: Actor, raw: z.input<typeof rescheduleAppointmentInput>) {
  const input = parseInput(rescheduleAppointmentInput, raw);
  return mutateJob(actor, input.jobId, 'reschedule_appointment', async ({ tx, job, at }) => {
    const current = await loadAppointmentForUpdate(tx, job, actor, input.appointmentId);
    if (!canRescheduleAppointment(current.status)) throw conflict('Only a scheduled appointment can be rescheduled.');
    const technicianId = input.technicianId === undefined ? (current.technicianId ?? undefined) : input.technicianId || undefined;
    const checked = await checkAppointment(tx, job, { ...input, technicianId }, at, current.id);
    const [updated] = await tx
      .update(appointments)
      .set({ windowStart: checked.windowStart, windowEnd: checked.windowEnd, technicianId: checked.technicianId, updatedAt: at })
      .where(and(eq(appointments.id, current.id), eq(appointments.status, 'scheduled')))
      .returning();
    return {
      event: {
        type: 'appointment.rescheduled',
        appointmentId: current.id,
        details: {
          from: { windowStart: current.windowStart.toISOString(), windowEnd: current.windowEnd.toISOString() },
          windowStart: checked.windowStart.toISOString(),
          windowEnd: checked.windowEnd.toISOString(),
          technicianId: checked.technicianId,
        },
      },
      messages: (saved) => customerAlert(tx, 'appointment.rescheduled', saved, updated!),
      formerTechnicianIds: current.technicianId ? [current.technicianId] : [],
      result: { appointmentId: current.id, warnings: checked.warnings },
    };
  });
}
