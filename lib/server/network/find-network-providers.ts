import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { networkLinks, organizations } from '@/db/schema';
import type { Actor } from '../actor';

/** The providers the actor's enterprise may offer jobs to. */
export async function findNetworkProviders(actor: Actor) {
  if (actor.organizationKind !== 'enterprise') return [];
  const db = await getDb();
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(networkLinks)
    .innerJoin(organizations, eq(organizations.id, networkLinks.providerId))
    .where(eq(networkLinks.enterpriseId, actor.organizationId))
    .orderBy(asc(organizations.name));
}
