import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { customers } from '@/db/schema';
import type { Actor } from '../actor';

/** The customers the actor's own organization keeps (a provider's come from its direct jobs), for picking one. */
export async function findCustomers(actor: Actor) {
  if (actor.role === 'technician') return [];
  const db = await getDb();
  return db
    .select({ id: customers.id, name: customers.name, phone: customers.phone })
    .from(customers)
    .where(eq(customers.organizationId, actor.organizationId))
    .orderBy(asc(customers.name))
    .limit(500);
}
