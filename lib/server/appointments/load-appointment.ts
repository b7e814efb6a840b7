import 'server-only';
import { and, eq } from 'drizzle-orm';
import { appointments, type Appointment, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { Actor } from '../actor';
import { notFound } from '../errors';

/** An appointment of the locked job; a technician only ever reaches their own. */
export async function loadAppointmentForUpdate(tx: Tx, job: Job, actor: Actor, appointmentId: string): Promise<Appointment> {
  const [row] = await tx
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.id, appointmentId),
        eq(appointments.jobId, job.id),
        actor.role === 'technician' ? eq(appointments.technicianId, actor.userId) : undefined,
      ),
    )
    .for('update');
  if (!row) throw notFound('Appointment');
  return row;
}
