import 'server-only';
import { count } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { jobs } from '@/db/schema';
import { JOB_STATUSES, type JobStatus } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { parseInput } from '../validation';
import { jobFilters, jobListFilterInput } from './job-list-filters';

const countInput = jobListFilterInput.omit({ statuses: true, sort: true });

/** How many of the actor's jobs are in each status: every filter applies except the status filter itself. */
export async function countJobsByStatus(actor: Actor, raw: Parameters<typeof countInput.parse>[0] = {}): Promise<Record<JobStatus, number>> {
  const filters = parseInput(countInput, raw);
  const db = await getDb();
  const rows = await db.select({ status: jobs.status, n: count() }).from(jobs).where(jobFilters(actor, filters)).groupBy(jobs.status);
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
