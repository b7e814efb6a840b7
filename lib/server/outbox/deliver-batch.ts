import 'server-only';
import { and, eq } from 'drizzle-orm';
import { outbox, type OutboxMessage } from '@/db/schema';
import type { Database } from '@/db/types';
import { now } from '../clock';
import { logEvent } from '../log';
import { PermanentSendError, type SmsTransport } from '../notifications/transport';
import { retryDelayMs } from './backoff';
import { claimDue, quietHoursFor } from './claim-due';
import { quietHoursEnd, type QuietHours } from './quiet-hours';
import type { DeliverySettings } from './settings';

export type BatchResult = { claimed: number; sent: number; retried: number; failed: number; deferred: number };
type Outcome = keyof Omit<BatchResult, 'claimed'>;

/** On My Way is the one message that cannot wait for morning: the technician is already driving. */
const URGENT_KINDS = new Set(['appointment.enroute']);

export const QUIET_HOURS_NOTE = 'Held for quiet hours';

async function deliverOne(db: Database, transport: SmsTransport, row: OutboxMessage, quiet: QuietHours | undefined, settings: DeliverySettings): Promise<Outcome> {
  const at = now();
  // Every update is guarded by the claimed attempt count: a worker whose lease ran out must not overwrite the next one.
  const mine = and(eq(outbox.id, row.id), eq(outbox.status, 'queued'), eq(outbox.attempts, row.attempts));
  const releaseAt = quiet && !URGENT_KINDS.has(row.kind) ? quietHoursEnd(at, quiet) : null;
  if (releaseAt) {
    await db.update(outbox).set({ attempts: row.attempts - 1, nextAttemptAt: releaseAt, lastError: QUIET_HOURS_NOTE }).where(mine);
    return 'deferred';
  }
  try {
    const receipt = await transport.send({ to: row.recipient, body: row.body, idempotencyKey: row.idempotencyKey });
    const doneAt = now();
    await db
      .update(outbox)
      .set({
        status: receipt.delivered ? 'delivered' : 'sent',
        sentAt: doneAt,
        deliveredAt: receipt.delivered ? doneAt : null,
        providerMessageId: receipt.providerMessageId,
        lastError: null,
      })
      .where(mine);
    return 'sent';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const giveUp = error instanceof PermanentSendError || row.attempts >= settings.maxAttempts;
    logEvent(giveUp ? 'outbox.failed' : 'outbox.retry', { id: row.id, kind: row.kind, attempts: row.attempts, transport: transport.name });
    await db
      .update(outbox)
      .set(
        giveUp
          ? { status: 'failed', lastError: message.slice(0, 500) }
          : { lastError: message.slice(0, 500), nextAttemptAt: new Date(at.getTime() + retryDelayMs(row.attempts, settings.baseDelayMs, settings.maxDelayMs)) },
      )
      .where(mine);
    return giveUp ? 'failed' : 'retried';
  }
}

/** Claims one batch of due messages and hands each to the transport once. */
export async function deliverBatch(db: Database, transport: SmsTransport, settings: DeliverySettings): Promise<BatchResult> {
  const rows = await claimDue(db, now(), settings.batchSize, settings.leaseMs);
  const result: BatchResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0, deferred: 0 };
  if (rows.length === 0) return result;
  const quiet = await quietHoursFor(db, [...new Set(rows.flatMap((r) => (r.jobId ? [r.jobId] : [])))]);
  const outcomes = await Promise.all(rows.map((row) => deliverOne(db, transport, row, row.jobId ? quiet.get(row.jobId) : undefined, settings)));
  for (const outcome of outcomes) result[outcome]++;
  return result;
}

/** Delivers batches until nothing is due. */
export async function drainOutbox(db: Database, transport: SmsTransport, settings: DeliverySettings): Promise<BatchResult> {
  const total: BatchResult = { claimed: 0, sent: 0, retried: 0, failed: 0, deferred: 0 };
  for (;;) {
    const batch = await deliverBatch(db, transport, settings);
    for (const key of Object.keys(total) as (keyof BatchResult)[]) total[key] += batch[key];
    if (batch.claimed < settings.batchSize) return total;
  }
}
