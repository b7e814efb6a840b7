import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { organizations } from '@/db/schema';
import type { Actor } from '../actor';

/** The actor's organization's home zone: the board's days and a new job's default zone. */
export async function getOrganizationTimeZone(actor: Actor): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, actor.organizationId));
  return row?.timeZone ?? 'America/New_York';
}
