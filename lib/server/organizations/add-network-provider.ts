import 'server-only';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { networkLinks, organizations } from '@/db/schema';
import type { Queryable } from '@/db/types';
import { now } from '../clock';
import { invalidInput } from '../errors';
import { id, parseInput } from '../validation';
import { provisioningDb } from './provisioning';

export const addNetworkProviderInput = z.object({ enterpriseId: id, providerId: id });

/** Lets an enterprise offer jobs to a provider. Adding a link that exists already changes nothing. */
export async function addNetworkProvider(raw: z.input<typeof addNetworkProviderInput>, db?: Queryable): Promise<void> {
  const input = parseInput(addNetworkProviderInput, raw);
  const q = await provisioningDb(db);
  const found = await q
    .select({ id: organizations.id, kind: organizations.kind })
    .from(organizations)
    .where(inArray(organizations.id, [input.enterpriseId, input.providerId]));
  const kindOf = (orgId: string) => found.find((o) => o.id === orgId)?.kind;
  if (kindOf(input.enterpriseId) !== 'enterprise') throw invalidInput('Choose an enterprise.', { enterpriseId: ['Choose an enterprise.'] });
  if (kindOf(input.providerId) !== 'provider') throw invalidInput('Choose a provider.', { providerId: ['Choose a provider.'] });
  await q.insert(networkLinks).values({ ...input, createdAt: now() }).onConflictDoNothing();
}
