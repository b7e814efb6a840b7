import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appointments } from '@/db/schema';
import { canRescheduleAppointment } from '@/lib/domain/appointment-transitions';
import type { Actor } from '../actor';
import { conflict } from '../errors';
import { mutateJob } from '../jobs/mutate-job';
import { id, parseInput } from '../validation';
import { loadAppointmentForUpdate } from './load-appointment';
import { getAssignableTechnicianOrThrow } from './technicians';

export const reassignAppointmentInput = z.object({
  jobId: id,
  appointmentId: id,
  technicianId: z.union([z.uuid({ error: 'Choose a technician.' }), z.literal('')]).transform((v) => v || null),
});

/** Gives a visit that has not begun to another technician of the provider (or unassigns it). */
export async function reassignAppointment(actor: Actor, raw: z.input<typeof reassignAppointmentInput>) {
  const input = parseInput(reassignAppointmentInput, raw);
  return mutateJob(actor, input.jobId, 'reassign_appointment', async ({ tx, job, at }) => {
    const current = await loadAppointmentForUpdate(tx, job, actor, input.appointmentId);
    if (!canRescheduleAppointment(current.status)) throw conflict('Only a scheduled appointment can be reassigned.');
    const tech = input.technicianId ? await getAssignableTechnicianOrThrow(tx, job.providerId!, input.technicianId) : null;
    await tx
      .update(appointments)
      .set({ technicianId: tech?.id ?? null, updatedAt: at })
      .where(and(eq(appointments.id, current.id), eq(appointments.status, 'scheduled')));
    return {
      event: {
        type: 'appointment.reassigned',
        appointmentId: current.id,
        details: { fromTechnicianId: current.technicianId, technicianId: tech?.id ?? null, technicianName: tech?.name ?? null },
      },
      formerTechnicianIds: current.technicianId ? [current.technicianId] : [],
      result: { appointmentId: current.id },
    };
  });
}
