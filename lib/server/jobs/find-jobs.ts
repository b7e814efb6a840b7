import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { customers, jobs, organizations } from '@/db/schema';
import type { AppointmentStatus } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { parseInput } from '../validation';
import { decodeCursor, encodeCursor } from './job-list-cursor';
import { jobFilters, jobListFilterInput } from './job-list-filters';
import { afterCursor, sortOrder, sortValue } from './job-list-sort';
import { textSearchPage } from './job-text-search';

export const findJobsInput = jobListFilterInput.extend({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

const provider = alias(organizations, 'provider');

/**
 * The visit a list row shows: the soonest open one, else the latest one held. One indexed
 * subquery per row of the page, so its cost does not grow with the size of the book.
 */
const visit = sql<string | null>`(select json_build_object('start', a.window_start, 'end', a.window_end, 'status', a.status, 'technician', u.name)
  from appointments a left join users u on u.id = a.technician_id
  where a.job_id = ${jobs.id} and a.status <> 'canceled'
  order by (a.status in ('scheduled', 'enroute', 'started')) desc,
    case when a.status in ('scheduled', 'enroute', 'started') then a.window_start end asc,
    a.window_start desc
  limit 1)`;

/** The phone is the holder's to see: a provider that has only been offered the job gets none. */
function customerPhoneFor(actor: Actor) {
  if (actor.organizationKind === 'enterprise') return customers.phone;
  return sql<string | null>`case when ${jobs.providerId} = ${actor.organizationId} then ${customers.phone} end`;
}

/** A page of the actor's jobs in the chosen sort, paged by keyset (never OFFSET). */
export async function findJobs(actor: Actor, raw: z.input<typeof findJobsInput> = {}) {
  const input = parseInput(findJobsInput, raw);
  const db = await getDb();
  const after = input.cursor ? decodeCursor(input.cursor, input.sort) : null;
  const scope = and(jobFilters(actor, { ...input, q: undefined }), after ? afterCursor(after) : undefined)!;
  const rows = await db
    .select({
      id: jobs.id,
      number: jobs.number,
      title: jobs.title,
      status: jobs.status,
      externalId: jobs.externalId,
      priority: jobs.priority,
      customerName: customers.name,
      customerPhone: customerPhoneFor(actor),
      addressLine1: jobs.addressLine1,
      city: jobs.city,
      region: jobs.region,
      postalCode: jobs.postalCode,
      timeZone: jobs.timeZone,
      providerName: provider.name,
      isDirect: jobs.isDirect,
      updateRequestedAt: jobs.updateRequestedAt,
      createdAt: jobs.createdAt,
      lastActivityAt: jobs.lastActivityAt,
      offeredAt: sql<Date | null>`(select max(o.offered_at) from offers o where o.job_id = ${jobs.id} and o.status = 'pending')`.mapWith(
        (v) => (v ? new Date(v) : null),
      ),
      visit,
      sortValue: sortValue(input.sort),
    })
    .from(jobs)
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .leftJoin(provider, eq(provider.id, jobs.providerId))
    .where(input.q ? and(scope, textSearchPage(actor, input.q, scope, input.sort, input.limit + 1)) : scope)
    .orderBy(...sortOrder(input.sort))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit).map(({ visit: v, sortValue: _, ...row }) => ({ ...row, visit: parseVisit(v) }));
  const last = rows[input.limit - 1];
  const nextCursor = rows.length > input.limit && last ? encodeCursor({ sort: input.sort, value: last.sortValue, id: last.id }) : null;
  return { jobs: page, nextCursor };
}

type Visit = { start: Date; end: Date; status: AppointmentStatus; technician: string | null; isOpen: boolean };

function parseVisit(value: unknown): Visit | null {
  if (!value) return null;
  const v = (typeof value === 'string' ? JSON.parse(value) : value) as { start: string; end: string; status: AppointmentStatus; technician: string | null };
  const isOpen = v.status === 'scheduled' || v.status === 'enroute' || v.status === 'started';
  return { start: new Date(v.start), end: new Date(v.end), status: v.status, technician: v.technician, isOpen };
}

export type JobListRow = Awaited<ReturnType<typeof findJobs>>['jobs'][number];
