import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { mutateJob } from '../jobs/mutate-job';
import { id, parseInput } from '../validation';
import { getNetworkProviderOrThrow, insertOffer } from './insert-offer';

export const offerJobInput = z.object({
  jobId: id,
  providerId: z.uuid({ error: 'Choose a provider.' }),
  // Hours the provider has to answer; empty means no limit.
  expiresInHours: z
    .union([z.literal(''), z.coerce.number({ error: 'Choose how long the provider has to answer.' }).int().min(1).max(24 * 14, { error: 'At most 14 days.' })])
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
});

/** Offers an unassigned job (new, declined or withdrawn) to one provider of the enterprise's network. */
export async function offerJob(actor: Actor, raw: z.input<typeof offerJobInput>) {
  const input = parseInput(offerJobInput, raw);
  return mutateJob(actor, input.jobId, 'offer_job', async ({ tx, job, at }) => {
    const provider = await getNetworkProviderOrThrow(tx, job.organizationId, input.providerId);
    const { offerId, event } = await insertOffer(tx, job, actor, provider, at, input.expiresInHours);
    return { event, result: { offerId } };
  });
}
