import 'server-only';
import { and, asc, eq, gte, inArray, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appointments, customers, jobs } from '@/db/schema';
import { availableJobActions } from '@/lib/domain/permissions';
import { availableVisitActions } from '@/lib/domain/visit-actions';
import { OPEN_APPOINTMENT_STATUSES } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { now } from '../clock';
import { forbidden } from '../errors';

/** A technician's own visits: anything still open, and today's finished ones, soonest first. */
export async function findMyAppointments(actor: Actor) {
  if (actor.role !== 'technician') throw forbidden('Only technicians have a personal appointment list.');
  const db = await getDb();
  const startOfToday = new Date(now().getTime() - 18 * 3_600_000);
  const rows = await db
    .select({
      id: appointments.id,
      jobId: jobs.id,
      jobNumber: jobs.number,
      jobTitle: jobs.title,
      jobStatus: jobs.status,
      status: appointments.status,
      windowStart: appointments.windowStart,
      windowEnd: appointments.windowEnd,
      etaAt: appointments.etaAt,
      customerName: customers.name,
      customerPhone: customers.phone,
      addressLine1: jobs.addressLine1,
      addressLine2: jobs.addressLine2,
      city: jobs.city,
      region: jobs.region,
      postalCode: jobs.postalCode,
      timeZone: jobs.timeZone,
      organizationId: jobs.organizationId,
    })
    .from(appointments)
    .innerJoin(jobs, eq(jobs.id, appointments.jobId))
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .where(
      and(
        eq(appointments.technicianId, actor.userId),
        eq(jobs.providerId, actor.organizationId),
        or(inArray(appointments.status, [...OPEN_APPOINTMENT_STATUSES]), gte(appointments.updatedAt, startOfToday)),
      ),
    )
    .orderBy(asc(appointments.windowStart));
  return rows.map((row) => ({ ...row, actions: availableVisitActions(actor.role, availableJobActions(actor.role, row.jobStatus, true), row.status) }));
}

export type MyAppointment = Awaited<ReturnType<typeof findMyAppointments>>[number];
