'use server';

import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import type { CommandInput } from './action-result';
import { runCommandAction } from './run-action';

const provider = 'provider';

export async function acceptOfferAction(input: CommandInput<Parameters<typeof acceptOffer>[1]>) {
  return runCommandAction({ portal: provider, action: 'accept_offer' }, input, acceptOffer);
}

/** The declined job leaves the provider's reach and the client goes back to the list: nothing to re-render here. */
export async function declineOfferAction(input: CommandInput<Parameters<typeof declineOffer>[1]>) {
  return runCommandAction({ portal: provider, action: 'decline_offer', refresh: false }, input, declineOffer);
}

export async function completeJobAction(input: CommandInput<Parameters<typeof completeJob>[1]>) {
  return runCommandAction({ portal: provider, action: 'complete_job' }, input, completeJob);
}

export async function cancelJobAsProviderAction(input: CommandInput<Parameters<typeof cancelJob>[1]>) {
  return runCommandAction({ portal: provider, action: 'cancel_job' }, input, cancelJob);
}

export async function reopenJobAsProviderAction(input: CommandInput<Parameters<typeof reopenJob>[1]>) {
  return runCommandAction({ portal: provider, action: 'reopen_job' }, input, reopenJob);
}

/** The client moves on to the new job's page. */
export async function createDirectJobAction(input: CommandInput<Parameters<typeof createDirectJob>[1]>) {
  return runCommandAction({ portal: provider, action: 'create_direct_job', refresh: false }, input, createDirectJob);
}
