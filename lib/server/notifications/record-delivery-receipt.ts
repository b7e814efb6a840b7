import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { outbox } from '@/db/schema';
import { now } from '../clock';

/**
 * Applies a carrier's report to the message Twilio knows by `sid`. Callbacks can arrive out of
 * order (a late "sent" after "delivered"), so a report only ever moves a message forward.
 */
export async function recordDeliveryReceipt(sid: string, status: string, errorCode?: string): Promise<void> {
  const db = await getDb();
  const open = and(eq(outbox.providerMessageId, sid), inArray(outbox.status, ['queued', 'sent']));
  if (status === 'delivered') {
    await db.update(outbox).set({ status: 'delivered', deliveredAt: now() }).where(open);
  } else if (status === 'failed' || status === 'undelivered') {
    await db
      .update(outbox)
      .set({ status: 'failed', lastError: `The carrier reported the text ${status}${errorCode ? ` (Twilio error ${errorCode})` : ''}.` })
      .where(open);
  }
}
