import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '../actor';

/** The provider's active technicians, for assigning visits. */
export async function findTechnicians(actor: Actor) {
  if (actor.organizationKind !== 'provider') return [];
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organizationId, actor.organizationId), eq(users.role, 'technician'), eq(users.active, true)))
    .orderBy(asc(users.name));
}
