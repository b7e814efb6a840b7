import 'server-only';
import { and, eq } from 'drizzle-orm';
import { customers, outbox } from '@/db/schema';
import { now } from '../clock';
import { logEvent } from '../log';
import { inTransaction } from '../transaction';

// The carrier-standard keywords (CTIA): any of them alone in a reply.
const STOP_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
const START_WORDS = new Set(['START', 'YES', 'UNSTOP']);

export type SmsReply = 'stop' | 'start' | 'other';

export function classifyReply(body: string): SmsReply {
  const word = body.trim().toUpperCase();
  if (STOP_WORDS.has(word)) return 'stop';
  if (START_WORDS.has(word)) return 'start';
  return 'other';
}

/**
 * Records a customer's STOP or START on every customer record with that number. STOP also
 * suppresses what is still queued for the number, so nothing more reaches them.
 */
export async function recordSmsReply(from: string, body: string): Promise<SmsReply> {
  const reply = classifyReply(body);
  if (reply === 'other') return reply;
  const at = now();
  const changed = await inTransaction(async (tx) => {
    const rows = await tx
      .update(customers)
      .set({ smsOptedOutAt: reply === 'stop' ? at : null })
      .where(eq(customers.phone, from))
      .returning({ id: customers.id });
    if (reply === 'stop') {
      await tx
        .update(outbox)
        .set({ status: 'suppressed', lastError: 'Customer replied STOP' })
        .where(and(eq(outbox.recipient, from), eq(outbox.channel, 'sms'), eq(outbox.status, 'queued')));
    }
    return rows.length;
  });
  logEvent('sms.reply', { reply, customers: changed });
  return reply;
}
