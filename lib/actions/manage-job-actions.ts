'use server';

import { searchCustomers } from '@/lib/server/customers/search-customers';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import { runAction } from './run-action';

const manage = { portal: 'enterprise' } as const;

export async function createJobAction(input: Parameters<typeof createJob>[1]) {
  return runAction(manage, (actor) => createJob(actor, input));
}

export async function offerJobAction(input: Parameters<typeof offerJob>[1]) {
  return runAction(manage, (actor) => offerJob(actor, input));
}

export async function withdrawOfferAction(input: Parameters<typeof withdrawOffer>[1]) {
  return runAction(manage, (actor) => withdrawOffer(actor, input));
}

export async function requestUpdateAction(input: Parameters<typeof requestUpdate>[1]) {
  return runAction(manage, (actor) => requestUpdate(actor, input));
}

export async function cancelJobAction(input: Parameters<typeof cancelJob>[1]) {
  return runAction(manage, (actor) => cancelJob(actor, input));
}

export async function reopenJobAction(input: Parameters<typeof reopenJob>[1]) {
  return runAction(manage, (actor) => reopenJob(actor, input));
}

export async function searchCustomersAction(input: Parameters<typeof searchCustomers>[1]) {
  return runAction(manage, (actor) => searchCustomers(actor, input));
}
