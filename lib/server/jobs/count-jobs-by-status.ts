import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { jobs } from '@/db/schema';
import { JOB_STATUSES, type JobStatus } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { parseInput } from '../validation';
import { jobFilters, jobListFilterInput } from './job-list-filters';

/**
 * Counts stop here: above it a status shows as "10,000+". Counting each status up to a cap
 * reads at most this many index entries per status, so the counts cost the same for a book
 * of ten thousand jobs or a million; an exact count of a million rows cannot be that fast.
 */
export const STATUS_COUNT_CAP = 10_000;

const countInput = jobListFilterInput.omit({ statuses: true, sort: true });

/** How many of the actor's jobs are in each status (capped): every filter applies except the status filter itself. */
export async function countJobsByStatus(actor: Actor, raw: Parameters<typeof countInput.parse>[0] = {}): Promise<Record<JobStatus, number>> {
  const filters = parseInput(countInput, raw);
  const db = await getDb();
  const where = jobFilters(actor, filters);
  const counts = sql.join(
    JOB_STATUSES.map(
      (status) => sql`(select count(*) from (select 1 from ${jobs} where ${and(where, eq(jobs.status, status))} limit ${STATUS_COUNT_CAP + 1}) capped) as ${sql.identifier(status)}`,
    ),
    sql`, `,
  );
  // Both drivers (node-postgres and PGlite) answer execute() with { rows }.
  const { rows } = (await db.execute(sql`select ${counts}`)) as unknown as { rows: Record<JobStatus, number | string>[] };
  return Object.fromEntries(JOB_STATUSES.map((status) => [status, Number(rows[0]?.[status] ?? 0)])) as Record<JobStatus, number>;
}
