import 'server-only';
import { eq } from 'drizzle-orm';
import { appointments, jobs, organizations, users, type Appointment, type Job } from '@/db/schema';
import type { Queryable } from '@/db/types';
import { now } from '../clock';

/** A customer link works until this long after its appointment ended (completed or canceled). */
export const LINK_LIFETIME_MS = 7 * 86_400_000;

export type TokenLookup =
  | { state: 'missing' }
  | { state: 'expired' }
  | { state: 'live'; appointment: Appointment; job: Job; providerName: string; technicianName: string | null };

export function endedAt(appointment: Pick<Appointment, 'completedAt' | 'canceledAt'>): Date | null {
  return appointment.completedAt ?? appointment.canceledAt ?? null;
}

/**
 * The appointment behind a customer's link. Tokens are long random strings (unguessable), so
 * the token alone is the credential; nothing else about the job is exposed by callers.
 */
export async function findByToken(db: Queryable, token: string): Promise<TokenLookup> {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return { state: 'missing' };
  const [row] = await db
    .select({ appointment: appointments, job: jobs, providerName: organizations.name, technicianName: users.name })
    .from(appointments)
    .innerJoin(jobs, eq(jobs.id, appointments.jobId))
    .innerJoin(organizations, eq(organizations.id, jobs.providerId))
    .leftJoin(users, eq(users.id, appointments.technicianId))
    .where(eq(appointments.trackingToken, token));
  if (!row) return { state: 'missing' };
  const ended = endedAt(row.appointment);
  if (ended && now().getTime() - ended.getTime() > LINK_LIFETIME_MS) return { state: 'expired' };
  return { state: 'live', ...row };
}
