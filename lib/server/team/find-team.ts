import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appointments, users } from '@/db/schema';
import { OPEN_APPOINTMENT_STATUSES } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { assertDispatcher } from './assert-dispatcher';

/** The provider's technicians, active first, each with how many open visits they hold. */
export async function findTeam(actor: Actor) {
  assertDispatcher(actor);
  const db = await getDb();
  const openVisits = db
    .select({ technicianId: appointments.technicianId, n: sql<number>`count(*)::int`.as('n') })
    .from(appointments)
    .where(inArray(appointments.status, [...OPEN_APPOINTMENT_STATUSES]))
    .groupBy(appointments.technicianId)
    .as('open_visits');
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      active: users.active,
      openVisits: sql<number>`coalesce(${openVisits.n}, 0)`,
    })
    .from(users)
    .leftJoin(openVisits, eq(openVisits.technicianId, users.id))
    .where(and(eq(users.organizationId, actor.organizationId), eq(users.role, 'technician')))
    .orderBy(desc(users.active), asc(users.name));
}

export type TeamMember = Awaited<ReturnType<typeof findTeam>>[number];
