import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { networkLinks } from '@/db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { addNetworkProvider } from '../organizations/add-network-provider';
import { inTransaction } from '../transaction';
import { id, parseInput } from '../validation';
import { requireEnterpriseAdmin } from './require-admin';

export const networkProviderInput = z.object({ providerId: id });

/** Lets the admin's enterprise offer jobs to a provider (the provisioning op checks it is one). */
export async function addProviderToNetwork(actor: Actor, raw: z.input<typeof networkProviderInput>) {
  requireEnterpriseAdmin(actor);
  const input = parseInput(networkProviderInput, raw);
  return inTransaction(async (tx) => {
    await addNetworkProvider({ enterpriseId: actor.organizationId, providerId: input.providerId }, tx);
    return { providerId: input.providerId };
  });
}

/**
 * Stops new offers to a provider. Jobs it already holds or was offered stay as they are:
 * the network decides who may be offered work, not who keeps it.
 */
export async function removeProviderFromNetwork(actor: Actor, raw: z.input<typeof networkProviderInput>) {
  requireEnterpriseAdmin(actor);
  const input = parseInput(networkProviderInput, raw);
  return inTransaction(async (tx) => {
    const removed = await tx
      .delete(networkLinks)
      .where(and(eq(networkLinks.enterpriseId, actor.organizationId), eq(networkLinks.providerId, input.providerId)))
      .returning({ providerId: networkLinks.providerId });
    if (removed.length === 0) throw notFound('Provider in your network');
    return { providerId: input.providerId };
  });
}
