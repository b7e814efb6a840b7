import 'server-only';
import { getDb } from '@/db/client';
import { organizations } from '@/db/schema';

/** False on a fresh production database, where the operator must run `npm run org:create`. */
export async function organizationsExist(): Promise<boolean> {
  const db = await getDb();
  const rows = await db.select({ id: organizations.id }).from(organizations).limit(1);
  return rows.length > 0;
}
