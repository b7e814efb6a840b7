import 'server-only';
import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { jobs, jobStatusCounts, offers } from '@/db/schema';
import { JOB_STATUSES, type JobStatus } from '@/lib/domain/statuses';
import type { Database } from '@/db/types';
import type { Actor } from '../actor';
import { parseInput } from '../validation';
import { jobFilters, jobListFilterInput, type JobListFilters } from './job-list-filters';

/**
 * A filtered view's counts stop here: above it a status shows as "10,000+". Counting up to a cap
 * reads at most this many index entries per status, however large the book. The unfiltered
 * view, the one people live in, is always exact (job_status_counts).
 */
export const STATUS_COUNT_CAP = 10_000;

const countInput = jobListFilterInput.omit({ statuses: true, sort: true });
type Counts = Record<JobStatus, number>;

const zeroCounts = (): Counts => Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Counts;

/** How many of the actor's jobs are in each status: every filter applies except the status filter itself. */
export async function countJobsByStatus(actor: Actor, raw: Parameters<typeof countInput.parse>[0] = {}): Promise<Counts> {
  const filters = parseInput(countInput, raw);
  const db = await getDb();
  const narrowed = filters.providerId || filters.createdFrom || filters.createdTo || filters.visitFrom || filters.visitTo || filters.q;
  if (!narrowed && actor.role !== 'technician') return exactCounts(db, actor);
  return cappedCounts(db, actor, filters);
}

/** The maintained totals: an enterprise's own jobs; a provider's own and held jobs plus the offers waiting for it. */
async function exactCounts(db: Database, actor: Actor): Promise<Counts> {
  const counts = zeroCounts();
  const rows = await db
    .select({ status: jobStatusCounts.status, jobs: jobStatusCounts.jobs })
    .from(jobStatusCounts)
    .where(eq(jobStatusCounts.organizationId, actor.organizationId));
  for (const row of rows) counts[row.status] = row.jobs;
  if (actor.organizationKind === 'provider') {
    // A job offered to this provider is not theirs yet (no provider on it), and Unassigned means nothing to them.
    const [waiting] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(offers)
      .innerJoin(jobs, eq(jobs.id, offers.jobId))
      .where(and(eq(offers.providerId, actor.organizationId), eq(offers.status, 'pending'), or(isNull(jobs.providerId), ne(jobs.providerId, actor.organizationId))));
    counts.offered += waiting?.n ?? 0;
    counts.unassigned = 0;
  }
  return counts;
}

async function cappedCounts(db: Database, actor: Actor, filters: Omit<JobListFilters, 'statuses' | 'sort'>): Promise<Counts> {
  const where = jobFilters(actor, filters);
  const columns = sql.join(
    JOB_STATUSES.map(
      (status) => sql`(select count(*) from (select 1 from ${jobs} where ${and(where, eq(jobs.status, status))} limit ${STATUS_COUNT_CAP + 1}) capped) as ${sql.identifier(status)}`,
    ),
    sql`, `,
  );
  // Both drivers (node-postgres and PGlite) answer execute() with { rows }.
  const { rows } = (await db.execute(sql`select ${columns}`)) as unknown as { rows: Record<JobStatus, number | string>[] };
  return Object.fromEntries(JOB_STATUSES.map((status) => [status, Number(rows[0]?.[status] ?? 0)])) as Counts;
}
