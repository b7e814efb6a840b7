import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { getNetworkProviderOrThrow, insertOffer } from '../offers/insert-offer';
import { parseInput } from '../validation';
import { createJobRecord } from './create-job-record';
import { newJobFields, withCustomer } from './job-input';
import { prepareJobRow } from './insert-job';

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
  return createJobRecord(actor, 'create_job', async ({ tx, at }) => {
    const row = await prepareJobRow(tx, { organizationId: actor.organizationId, providerId: null, isDirect: false }, input, at);
    const provider = input.offerToProviderId ? await getNetworkProviderOrThrow(tx, actor.organizationId, input.offerToProviderId) : null;
    return {
      row,
      step: provider
        ? {
            adds: { offers: [{ status: 'pending' }], appointments: [] },
            write: async (tx, job) => ({ event: (await insertOffer(tx, job, actor, provider, at)).event, audience: { offeredTo: provider.id, providerIds: [provider.id], technicianIds: [], appointmentIds: [] } }),
          }
        : undefined,
      result: (job) => ({ jobId: job.id, number: job.number, status: job.status }),
    };
  });
}
