import 'server-only';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { jobs, organizations, outbox, type OutboxMessage } from '@/db/schema';
import type { Database } from '@/db/types';
import type { QuietHours } from './quiet-hours';

/**
 * Takes up to `limit` due SMS rows in one statement. Claiming counts the attempt and pushes
 * `next_attempt_at` out by the lease, so the row is invisible to every other worker while this
 * one sends it, and comes back on its own if this worker dies. SKIP LOCKED lets several
 * workers claim side by side without waiting on each other.
 */
export async function claimDue(db: Database, at: Date, limit: number, leaseMs: number): Promise<OutboxMessage[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, 'queued'), eq(outbox.channel, 'sms'), lte(outbox.nextAttemptAt, at)))
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(at.getTime() + leaseMs) })
    .where(and(inArray(outbox.id, due), eq(outbox.status, 'queued')))
    .returning();
}

/** Quiet hours per job: the owning organization's hours, in the service address's zone. */
export async function quietHoursFor(db: Database, jobIds: string[]): Promise<Map<string, QuietHours>> {
  if (jobIds.length === 0) return new Map();
  const rows = await db
    .select({ jobId: jobs.id, timeZone: jobs.timeZone, start: organizations.quietHoursStart, end: organizations.quietHoursEnd })
    .from(jobs)
    .innerJoin(organizations, eq(organizations.id, jobs.organizationId))
    .where(inArray(jobs.id, jobIds));
  return new Map(rows.map((r) => [r.jobId, { timeZone: r.timeZone, start: r.start, end: r.end }]));
}

/** The earliest time a queued row is due, for scheduling the next wake-up. */
export async function nextDueAt(db: Database): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | Date | null>`min(${outbox.nextAttemptAt})` })
    .from(outbox)
    .where(and(eq(outbox.status, 'queued'), eq(outbox.channel, 'sms')));
  return row?.at ? new Date(row.at) : null;
}
