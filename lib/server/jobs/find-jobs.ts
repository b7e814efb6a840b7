import 'server-only';
import { and, desc, eq, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { customers, jobs, organizations } from '@/db/schema';
import { JOB_STATUSES } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { parseInput } from '../validation';
import { decodeCursor, encodeCursor } from './job-list-cursor';
import { jobVisibleTo } from './job-scope';

export const findJobsInput = z.object({
  statuses: z.array(z.enum(JOB_STATUSES)).optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const provider = alias(organizations, 'provider');

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The shared filter for lists and counts: tenancy first, then what the user asked for. */
export function jobFilters(actor: Actor, input: { statuses?: readonly string[]; q?: string }): SQL {
  const conditions: (SQL | undefined)[] = [jobVisibleTo(actor)];
  // Providers never see Unassigned: it only means something to the enterprise.
  if (actor.organizationKind === 'provider') conditions.push(sql`${jobs.status} <> 'unassigned'`);
  if (input.statuses?.length) conditions.push(inArray(jobs.status, input.statuses as (typeof JOB_STATUSES)[number][]));
  if (input.q) conditions.push(ilike(jobs.searchText, `%${escapeLike(input.q.toLowerCase().replace(/^#/, ''))}%`));
  return and(...conditions)!;
}

/** A page of the actor's jobs, newest activity first, paged by keyset (never OFFSET). */
export async function findJobs(actor: Actor, raw: z.input<typeof findJobsInput> = {}) {
  const input = parseInput(findJobsInput, raw);
  const db = await getDb();
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await db
    .select({
      id: jobs.id,
      number: jobs.number,
      title: jobs.title,
      status: jobs.status,
      externalId: jobs.externalId,
      priority: jobs.priority,
      customerName: customers.name,
      addressLine1: jobs.addressLine1,
      city: jobs.city,
      region: jobs.region,
      timeZone: jobs.timeZone,
      providerName: provider.name,
      isDirect: jobs.isDirect,
      updateRequestedAt: jobs.updateRequestedAt,
      createdAt: jobs.createdAt,
      lastActivityAt: jobs.lastActivityAt,
      offeredAt: sql<Date | null>`(select max(o.offered_at) from offers o where o.job_id = ${jobs.id} and o.status = 'pending')`.mapWith(
        (v) => (v ? new Date(v) : null),
      ),
      nextVisit: sql<string | null>`(select json_build_object('start', a.window_start, 'end', a.window_end, 'technician', u.name)
        from appointments a left join users u on u.id = a.technician_id
        where a.job_id = ${jobs.id} and a.status in ('scheduled', 'enroute', 'started')
        order by a.window_start limit 1)`,
    })
    .from(jobs)
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .leftJoin(provider, eq(provider.id, jobs.providerId))
    .where(
      and(
        jobFilters(actor, input),
        after
          ? or(lt(jobs.lastActivityAt, after.at), and(eq(jobs.lastActivityAt, after.at), lt(jobs.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(jobs.lastActivityAt), desc(jobs.id))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit).map(({ nextVisit, ...row }) => ({ ...row, nextVisit: parseVisit(nextVisit) }));
  const last = page.at(-1);
  return { jobs: page, nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.lastActivityAt, id: last.id }) : null };
}

function parseVisit(value: unknown): { start: Date; end: Date; technician: string | null } | null {
  if (!value) return null;
  const v = (typeof value === 'string' ? JSON.parse(value) : value) as { start: string; end: string; technician: string | null };
  return { start: new Date(v.start), end: new Date(v.end), technician: v.technician };
}

export type JobListRow = Awaited<ReturnType<typeof findJobs>>['jobs'][number];
