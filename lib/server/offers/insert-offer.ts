import 'server-only';
import { and, eq } from 'drizzle-orm';
import { networkLinks, offers, organizations, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { Actor } from '../actor';
import { invalidInput } from '../errors';
import type { EventInput } from '../jobs/job-change';

export type NetworkProvider = { id: string; name: string };

/** The provider an offer goes to must be in the job owner's network. */
export async function getNetworkProviderOrThrow(tx: Tx, enterpriseId: string, providerId: string): Promise<NetworkProvider> {
  const [provider] = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(networkLinks)
    .innerJoin(organizations, eq(organizations.id, networkLinks.providerId))
    .where(and(eq(networkLinks.enterpriseId, enterpriseId), eq(networkLinks.providerId, providerId)));
  if (!provider) throw invalidInput('That provider is not in your network.', { providerId: ['Choose a provider of your network.'] });
  return provider;
}

/** Puts the job in front of one provider of the owner's network. */
export async function insertOffer(tx: Tx, job: Pick<Job, 'id'>, actor: Actor, provider: NetworkProvider, at: Date, expiresInHours?: number) {
  const expiresAt = expiresInHours ? new Date(at.getTime() + expiresInHours * 3_600_000) : null;
  const [offer] = await tx
    .insert(offers)
    .values({ jobId: job.id, providerId: provider.id, offeredById: actor.userId, offeredAt: at, expiresAt })
    .returning({ id: offers.id });
  const event: EventInput = {
    type: 'offer.created',
    details: { offerId: offer!.id, providerId: provider.id, providerName: provider.name, ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}) },
  };
  return { offerId: offer!.id, event };
}
