import 'server-only';
import { and, eq } from 'drizzle-orm';
import { appointments, type Appointment } from '@/db/schema';
import type { Tx } from '@/db/types';
import { appointmentTarget, canTransitionAppointment, type AppointmentAction } from '@/lib/domain/appointment-transitions';
import { APPOINTMENT_STATUS_LABELS } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { conflict, forbidden } from '../errors';

/** Moves an appointment along its lifecycle with a guard on the status it was read in. */
export async function transitionAppointment(
  tx: Tx,
  actor: Actor,
  appointment: Appointment,
  action: AppointmentAction,
  changes: Partial<typeof appointments.$inferInsert>,
  at: Date,
): Promise<Appointment> {
  const to = appointmentTarget(action);
  if (appointment.status === 'scheduled' && to === 'complete' && actor.role !== 'provider_dispatcher') {
    throw forbidden('Only a dispatcher can complete a visit that was never started.');
  }
  if (!canTransitionAppointment(appointment.status, to, actor.role)) {
    throw conflict(`This appointment is ${APPOINTMENT_STATUS_LABELS[appointment.status]}; it can't move to ${APPOINTMENT_STATUS_LABELS[to]}.`);
  }
  const [row] = await tx
    .update(appointments)
    .set({ ...changes, status: to, updatedAt: at })
    .where(and(eq(appointments.id, appointment.id), eq(appointments.status, appointment.status)))
    .returning();
  if (!row) throw conflict('This appointment changed at the same moment. Reload and try again.');
  return row;
}
