import 'server-only';
import { and, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { jobs } from '@/db/schema';
import type { JobListCursor, JobListSort } from './job-list-cursor';

const SORT_COLUMNS = { activity: jobs.lastActivityAt, created: jobs.createdAt, next_visit: jobs.nextVisitAt } as const;

/** The column a sort orders jobs by. */
export function sortColumn(sort: JobListSort) {
  return SORT_COLUMNS[sort];
}

/**
 * Each sort reads one index in its own order (see db/schema/jobs.ts): newest activity or
 * creation first, ties by id in the same direction; soonest visit first with jobs that have
 * none at the end, ties by id. `value` and `id` name the columns when ordering a derived table.
 */
export function sortOrder(sort: JobListSort, value: SQLWrapper = SORT_COLUMNS[sort], id: SQLWrapper = jobs.id): SQL[] {
  // "desc nulls last" spelled out: it is how the indexes are built, and the planner only uses an index whose order matches exactly.
  return sort === 'next_visit' ? [sql`${value} asc nulls last`, sql`${id} asc`] : [sql`${value} desc nulls last`, sql`${id} desc nulls last`];
}

/** The sort column printed in UTC with microseconds, for the next cursor. */
export function sortValue(sort: JobListSort): SQL<string | null> {
  return sql<string | null>`to_char(${SORT_COLUMNS[sort]} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Rows after the cursor, written so the index range can start at the cursor instead of filtering from the top. */
export function afterCursor(cursor: JobListCursor): SQL {
  const column = SORT_COLUMNS[cursor.sort];
  const at = sql`${cursor.value}::timestamptz`;
  // One row comparison is one index range, even inside thousands of jobs sharing a timestamp (a bulk import).
  if (cursor.sort !== 'next_visit') return sql`(${column}, ${jobs.id}) < (${at}, ${cursor.id}::uuid)`;
  if (cursor.value === null) return and(isNull(column), sql`${jobs.id} > ${cursor.id}`)!;
  return or(sql`${column} > ${at}`, and(sql`${column} = ${at}`, sql`${jobs.id} > ${cursor.id}`), isNull(column))!;
}
