import 'server-only';
import { and, eq, gte, inArray, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { jobs } from '@/db/schema';
import { JOB_STATUSES, type JobStatus } from '@/lib/domain/statuses';
import { isLocalDate, isValidTimeZone, zonedTimeToInstant } from '@/lib/domain/zoned-time';
import type { Actor } from '../actor';
import { JOB_LIST_SORTS } from './job-list-cursor';
import { jobVisibleTo } from './job-scope';
import { textSearch } from './job-text-search';

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
