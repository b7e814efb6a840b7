import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { offers } from '@/db/schema';
import { DECLINE_REASONS } from '@/lib/domain/decline-reasons';
import type { Actor } from '../actor';
import { conflict } from '../errors';
import { mutateJob } from '../jobs/mutate-job';
import { id, optionalText, parseInput } from '../validation';


export const declineOfferInput = z
  .object({
    jobId: id,
    reason: z.enum(DECLINE_REASONS, { error: 'Choose a reason.' }),
    note: optionalText(500),
  })
  .refine((v) => v.reason !== 'Other' || v.note, { path: ['note'], error: 'Say why you decline.' });

/** Declines the offer; the job leaves this provider's view and returns to the enterprise as Unassigned. */
export async function declineOffer(actor: Actor, raw: z.input<typeof declineOfferInput>) {
  const input = parseInput(declineOfferInput, raw);
  const reason = input.note ? `${input.reason}: ${input.note}` : input.reason;
  return mutateJob(actor, input.jobId, 'decline_offer', async ({ tx, job, at }) => {
    const [offer] = await tx
      .update(offers)
      .set({ status: 'declined', respondedAt: at, respondedById: actor.userId, declineReason: reason })
      .where(and(eq(offers.jobId, job.id), eq(offers.providerId, actor.organizationId), eq(offers.status, 'pending')))
      .returning({ id: offers.id });
    if (!offer) throw conflict('This offer is no longer open.');
    return { event: { type: 'offer.declined', details: { offerId: offer.id, reason } }, result: { offerId: offer.id } };
  });
}
