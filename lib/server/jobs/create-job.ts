import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { now } from '../clock';
import { insertOffer } from '../offers/insert-offer';
import { inTransaction } from '../transaction';
import { parseInput } from '../validation';
import { newJobFields, withCustomer } from './job-input';
import { insertJob } from './insert-job';
import { assertRoleMay, notifyJobChanged } from './mutate-job';
import { applyCreationStep, recordCreation } from './save-new-job';

export const createJobInput = withCustomer(
  newJobFields.extend({
    offerToProviderId: z
      .union([z.uuid({ error: 'Choose a provider.' }), z.literal('')])
      .optional()
      .transform((v) => v || undefined),
  }),
);

/** An enterprise job, optionally offered to a provider of the network in the same transaction. */
export async function createJob(actor: Actor, raw: z.input<typeof createJobInput>) {
  const input = parseInput(createJobInput, raw);
  assertRoleMay(actor, 'create_job');
  return inTransaction(async (tx) => {
    const at = now();
    let job = await insertJob(tx, { organizationId: actor.organizationId, providerId: null, isDirect: false }, input, 'unassigned', at);
    await recordCreation(tx, job, actor, at);
    if (input.offerToProviderId) {
      const offer = await insertOffer(tx, job, actor, input.offerToProviderId, at);
      job = await applyCreationStep(tx, job, actor, at, { event: offer.event, result: null });
    }
    await notifyJobChanged(tx, job);
    return { jobId: job.id, number: job.number, status: job.status };
  });
}
