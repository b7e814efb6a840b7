import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { offers, organizations } from '@/db/schema';
import type { Actor } from '../actor';
import { conflict } from '../errors';
import { mutateJob } from '../jobs/mutate-job';
import { id, parseInput } from '../validation';

export const withdrawOfferInput = z.object({ jobId: id });

/** Takes back a pending offer; the provider loses access and the job is Unassigned again. */
export async function withdrawOffer(actor: Actor, raw: z.input<typeof withdrawOfferInput>) {
  const input = parseInput(withdrawOfferInput, raw);
  return mutateJob(actor, input.jobId, 'withdraw_offer', async ({ tx, job, at }) => {
    const [offer] = await tx
      .update(offers)
      .set({ status: 'withdrawn', respondedAt: at })
      .where(and(eq(offers.jobId, job.id), eq(offers.status, 'pending')))
      .returning({ id: offers.id, providerId: offers.providerId });
    if (!offer) throw conflict('There is no pending offer to withdraw.');
    const [provider] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, offer.providerId));
    return {
      event: { type: 'offer.withdrawn', details: { offerId: offer.id, providerId: offer.providerId, providerName: provider?.name ?? null } },
      result: { offerId: offer.id },
    };
  });
}
