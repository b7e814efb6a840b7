'use server';

import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { runAction } from './run-action';

const provider = { portal: 'provider' } as const;

export async function acceptOfferAction(input: Parameters<typeof acceptOffer>[1]) {
  return runAction(provider, (actor) => acceptOffer(actor, input));
}

export async function declineOfferAction(input: Parameters<typeof declineOffer>[1]) {
  return runAction(provider, (actor) => declineOffer(actor, input));
}

export async function completeJobAction(input: Parameters<typeof completeJob>[1]) {
  return runAction(provider, (actor) => completeJob(actor, input));
}

export async function cancelJobAsProviderAction(input: Parameters<typeof cancelJob>[1]) {
  return runAction(provider, (actor) => cancelJob(actor, input));
}

export async function reopenJobAsProviderAction(input: Parameters<typeof reopenJob>[1]) {
  return runAction(provider, (actor) => reopenJob(actor, input));
}

export async function createDirectJobAction(input: Parameters<typeof createDirectJob>[1]) {
  return runAction(provider, (actor) => createDirectJob(actor, input));
}
