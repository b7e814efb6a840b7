'use server';

import { searchCustomers } from '@/lib/server/customers/search-customers';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import type { CommandInput } from './action-result';
import { runCommandAction, runQueryAction } from './run-action';

const manage = 'enterprise';

/** The client moves on to the new job's page, so there is nothing here to re-render. */
export async function createJobAction(input: CommandInput<Parameters<typeof createJob>[1]>) {
  return runCommandAction({ portal: manage, action: 'create_job', refresh: false }, input, createJob);
}

export async function offerJobAction(input: CommandInput<Parameters<typeof offerJob>[1]>) {
  return runCommandAction({ portal: manage, action: 'offer_job' }, input, offerJob);
}

export async function withdrawOfferAction(input: CommandInput<Parameters<typeof withdrawOffer>[1]>) {
  return runCommandAction({ portal: manage, action: 'withdraw_offer' }, input, withdrawOffer);
}

export async function requestUpdateAction(input: CommandInput<Parameters<typeof requestUpdate>[1]>) {
  return runCommandAction({ portal: manage, action: 'request_update' }, input, requestUpdate);
}

export async function cancelJobAction(input: CommandInput<Parameters<typeof cancelJob>[1]>) {
  return runCommandAction({ portal: manage, action: 'cancel_job' }, input, cancelJob);
}

export async function reopenJobAction(input: CommandInput<Parameters<typeof reopenJob>[1]>) {
  return runCommandAction({ portal: manage, action: 'reopen_job' }, input, reopenJob);
}

export async function searchCustomersAction(input: Parameters<typeof searchCustomers>[1]) {
  return runQueryAction({ portal: manage }, (actor) => searchCustomers(actor, input));
}
