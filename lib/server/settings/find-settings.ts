import 'server-only';
import { and, asc, eq, exists, notExists, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appointments, completeReasons, networkLinks, organizations, users } from '@/db/schema';
import type { Actor } from '../actor';
import { requireEnterpriseAdmin } from './require-admin';

/** Everything the Settings page shows for the admin's enterprise. */
export async function findSettings(actor: Actor) {
  requireEnterpriseAdmin(actor);
  const db = await getDb();
  const org = actor.organizationId;
  const linked = (providerId: typeof organizations.id) =>
    sql`(select 1 from ${networkLinks} where ${networkLinks.enterpriseId} = ${org} and ${networkLinks.providerId} = ${providerId})`;
  const [reasons, network, available, people] = await Promise.all([
    db
      .select({
        id: completeReasons.id,
        label: completeReasons.label,
        effect: completeReasons.effect,
        sortOrder: completeReasons.sortOrder,
        active: completeReasons.active,
        used: sql<boolean>`${exists(sql`(select 1 from ${appointments} where ${appointments.completeReasonId} = ${completeReasons.id})`)}`,
      })
      .from(completeReasons)
      .where(eq(completeReasons.organizationId, org))
      .orderBy(asc(completeReasons.sortOrder), asc(completeReasons.label)),
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(and(eq(organizations.kind, 'provider'), exists(linked(organizations.id))))
      .orderBy(asc(organizations.name)),
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(and(eq(organizations.kind, 'provider'), notExists(linked(organizations.id))))
      .orderBy(asc(organizations.name)),
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
      .from(users)
      .where(eq(users.organizationId, org))
      .orderBy(asc(users.name)),
  ]);
  return { reasons, network, available, users: people };
}

export type Settings = Awaited<ReturnType<typeof findSettings>>;
