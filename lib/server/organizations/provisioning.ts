import 'server-only';
import { getDb } from '@/db/client';
import type { Queryable } from '@/db/types';

/**
 * The provisioning operations (organizations, their first users, network links, complete
 * reasons) are called by trusted scripts and the demo seed, before any user exists who could
 * act: they take no Actor. A portal screen for these must wrap them with its own
 * authorization (an enterprise admin, their own organization). Each accepts an open
 * transaction so a script can create an organization and its admin atomically.
 */
export async function provisioningDb(db?: Queryable): Promise<Queryable> {
  return db ?? (await getDb());
}
