import 'server-only';
import { and, asc, eq, gt, inArray, lt, ne, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appointments, customers, jobs, users } from '@/db/schema';
import type { Actor } from '../actor';
import { forbidden } from '../errors';

/**
 * The provider's visits that overlap [from, to) (a canceled visit is off the schedule), and
 * the lanes to draw them in: every active technician, plus an inactive one who still holds a
 * visit in the range (so no visit hides).
 */
export async function findSchedule(actor: Actor, range: { from: Date; to: Date }) {
  if (actor.role !== 'provider_dispatcher') throw forbidden('Only a dispatcher sees the whole schedule.');
  const db = await getDb();
  const visits = await db
    .select({
      id: appointments.id,
      status: appointments.status,
      windowStart: appointments.windowStart,
      windowEnd: appointments.windowEnd,
      technicianId: appointments.technicianId,
      jobId: jobs.id,
      jobNumber: jobs.number,
      jobTitle: jobs.title,
      timeZone: jobs.timeZone,
      customerName: customers.name,
      city: jobs.city,
    })
    .from(appointments)
    .innerJoin(jobs, eq(jobs.id, appointments.jobId))
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .where(and(eq(jobs.providerId, actor.organizationId), ne(appointments.status, 'canceled'), lt(appointments.windowStart, range.to), gt(appointments.windowEnd, range.from)))
    .orderBy(asc(appointments.windowStart));
  const holders = [...new Set(visits.map((v) => v.technicianId).filter((id): id is string => id !== null))];
  const technicians = await db
    .select({ id: users.id, name: users.name, active: users.active })
    .from(users)
    .where(
      and(
        eq(users.organizationId, actor.organizationId),
        eq(users.role, 'technician'),
        holders.length > 0 ? or(eq(users.active, true), inArray(users.id, holders)) : eq(users.active, true),
      ),
    )
    .orderBy(asc(users.name));
  return { visits, technicians };
}

export type ScheduleVisit = Awaited<ReturnType<typeof findSchedule>>['visits'][number];
