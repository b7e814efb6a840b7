import 'server-only';
import { and, asc, eq, gte, ilike, inArray, isNull, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { customers, jobs } from '@/db/schema';
import { JOB_STATUSES, type JobStatus } from '@/lib/domain/statuses';
import { isLocalDate, isValidTimeZone, zonedTimeToInstant } from '@/lib/domain/zoned-time';
import type { Actor } from '../actor';
import { JOB_LIST_SORTS, type JobListCursor, type JobListSort } from './job-list-cursor';
import { jobVisibleTo } from './job-scope';

const localDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || isLocalDate(v), { error: 'Enter a date as YYYY-MM-DD.' });

/** Everything a Jobs List view can be narrowed by; the list, its counts and the CSV export share it. */
export const jobListFilterInput = z.object({
  statuses: z.array(z.enum(JOB_STATUSES)).optional(),
  providerId: z
    .union([z.uuid(), z.literal('')])
    .optional()
    .transform((v) => v || undefined),
  createdFrom: localDate,
  createdTo: localDate,
  visitFrom: localDate,
  visitTo: localDate,
  q: z.string().trim().max(200).optional(),
  sort: z.enum(JOB_LIST_SORTS).default('activity'),
  // Date-only filters name whole days in this zone (the viewer's organization).
  timeZone: z.string().refine(isValidTimeZone).default('UTC'),
});
export type JobListFilters = z.output<typeof jobListFilterInput>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const dayStart = (date: string, timeZone: string) => zonedTimeToInstant(date, '00:00', timeZone);
const dayAfter = (date: string, timeZone: string) => {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return zonedTimeToInstant(next, '00:00', timeZone);
};

function inRange(column: AnyColumn, from: string | undefined, to: string | undefined, timeZone: string): SQL[] {
  const conditions: SQL[] = [];
  if (from) conditions.push(gte(column, dayStart(from, timeZone)));
  if (to) conditions.push(lt(column, dayAfter(to, timeZone)));
  return conditions;
}

/**
 * Free text. "#1042" finds job 1042. A whole phone number typed any way ("(512) 555-0143",
 * "+1 512.555.0143") finds its customer's jobs through the phone index: digits make poor
 * trigrams. Part of a number is looked up by its digits, which search_text also holds. A
 * provider sees a customer's phone only on jobs it holds, so only those answer to one.
 */
export function textSearch(actor: Actor, q: string): SQL {
  const text = q.toLowerCase().replace(/^#/, '');
  const digits = text.replace(/\D/g, '');
  const phoneShaped = /^[+\d\s().-]+$/.test(text) && digits.length >= 7;
  const phoneVisible = actor.organizationKind === 'enterprise' ? undefined : eq(jobs.providerId, actor.organizationId);
  if (phoneShaped && (digits.length === 10 || (digits.length === 11 && digits.startsWith('1')))) {
    const e164 = `+1${digits.slice(-10)}`;
    return and(sql`${jobs.customerId} in (select ${customers.id} from ${customers} where ${customers.phone} = ${e164})`, phoneVisible)!;
  }
  if (phoneShaped) return and(ilike(jobs.searchText, `%${escapeLike(digits)}%`), phoneVisible)!;
  return ilike(jobs.searchText, `%${escapeLike(text)}%`);
}

type FilterFields = Partial<Omit<JobListFilters, 'sort'>> & { statuses?: readonly JobStatus[] };

/** The shared WHERE: tenancy first, then what the user asked for. */
export function jobFilters(actor: Actor, input: FilterFields): SQL {
  const timeZone = input.timeZone ?? 'UTC';
  const conditions: (SQL | undefined)[] = [jobVisibleTo(actor)];
  // Providers never see Unassigned: it only means something to the enterprise.
  if (actor.organizationKind === 'provider') conditions.push(sql`${jobs.status} <> 'unassigned'`);
  if (input.statuses?.length) conditions.push(inArray(jobs.status, [...input.statuses]));
  if (input.providerId) conditions.push(eq(jobs.providerId, input.providerId));
  conditions.push(...inRange(jobs.createdAt, input.createdFrom, input.createdTo, timeZone));
  conditions.push(...inRange(jobs.nextVisitAt, input.visitFrom, input.visitTo, timeZone));
  if (input.q) conditions.push(textSearch(actor, input.q));
  return and(...conditions)!;
}

const SORT_COLUMNS = { activity: jobs.lastActivityAt, created: jobs.createdAt, next_visit: jobs.nextVisitAt } as const;

/**
 * Each sort reads one index in its own order (see db/schema/jobs.ts): newest activity or
 * creation first, ties by id in the same direction; soonest visit first with jobs that have
 * none at the end, ties by id.
 */
export function sortOrder(sort: JobListSort): SQL[] {
  const column = SORT_COLUMNS[sort];
  // "desc nulls last" spelled out: it is how the indexes are built, and the planner only uses an index whose order matches exactly.
  return sort === 'next_visit' ? [sql`${column} asc nulls last`, asc(jobs.id)] : [sql`${column} desc nulls last`, sql`${jobs.id} desc nulls last`];
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
