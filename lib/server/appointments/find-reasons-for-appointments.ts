import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { completeReasons } from '@/db/schema';
import type { MyAppointment } from './find-my-appointments';

/** The active complete reasons of each job owner among the technician's own appointments. */
export async function findReasonsForAppointments(appointments: Pick<MyAppointment, 'organizationId'>[]) {
  const owners = [...new Set(appointments.map((a) => a.organizationId))];
  if (owners.length === 0) return new Map<string, { id: string; label: string }[]>();
  const db = await getDb();
  const rows = await db
    .select({ id: completeReasons.id, label: completeReasons.label, organizationId: completeReasons.organizationId })
    .from(completeReasons)
    .where(and(inArray(completeReasons.organizationId, owners), eq(completeReasons.active, true)))
    .orderBy(asc(completeReasons.sortOrder), asc(completeReasons.label));
  const byOwner = new Map<string, { id: string; label: string }[]>();
  for (const r of rows) byOwner.set(r.organizationId, [...(byOwner.get(r.organizationId) ?? []), { id: r.id, label: r.label }]);
  return byOwner;
}
