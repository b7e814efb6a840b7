import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { organizations } from '@/db/schema';
import type { Actor } from '../actor';

/** The actor's organization's zone: date-only filters and exports name whole days in it. */
export async function organizationTimeZone(actor: Actor): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, actor.organizationId));
  return row?.timeZone ?? 'UTC';
}
