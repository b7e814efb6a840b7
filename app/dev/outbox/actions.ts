'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { actorOf, currentUser } from '@/lib/auth/current-user';
import { isDevTransportActive } from '@/lib/server/notifications/active-transport';
import { recordSmsReply, type SmsReply } from '@/lib/server/notifications/record-sms-reply';
import { findDevOutbox } from '@/lib/server/outbox/find-dev-outbox';

/** Stands in for the customer's reply while no real transport can receive one. */
export async function simulateReplyAction(_previous: ActionResult<SmsReply> | null, form: FormData): Promise<ActionResult<SmsReply>> {
  const user = await currentUser();
  if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in again.' };
  if (!isDevTransportActive()) return { ok: false, code: 'NOT_FOUND', message: 'Replies come from the real SMS provider now.' };
  const from = String(form.get('from') ?? '');
  const body = String(form.get('body') ?? '');
  // Only numbers this organization has texted: a reply must not touch another tenant's customer.
  const known = (await findDevOutbox(actorOf(user), 500)).some((m) => m.recipient === from);
  if (!known) return { ok: false, code: 'INVALID_INPUT', message: 'Choose a number from the messages below.' };
  const reply = await recordSmsReply(from, body);
  revalidatePath('/dev/outbox');
  revalidatePath('/manage', 'layout');
  revalidatePath('/provider', 'layout');
  return { ok: true, data: reply };
}
