import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { jobs, outbox } from '@/db/schema';
import type { Actor } from '../actor';

/**
 * The development outbox as one organization sees it: texts about its own jobs only (an
 * enterprise's by owner, a provider's by the provider working the job), newest first.
 */
export async function findDevOutbox(actor: Actor, limit = 100) {
  const db = await getDb();
  const mine = actor.organizationKind === 'enterprise' ? eq(jobs.organizationId, actor.organizationId) : eq(jobs.providerId, actor.organizationId);
  return db
    .select({
      id: outbox.id,
      jobId: outbox.jobId,
      jobNumber: jobs.number,
      timeZone: jobs.timeZone,
      kind: outbox.kind,
      recipient: outbox.recipient,
      body: outbox.body,
      status: outbox.status,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      nextAttemptAt: outbox.nextAttemptAt,
    })
    .from(outbox)
    .innerJoin(jobs, eq(jobs.id, outbox.jobId))
    // Customer texts only: email to staff is not what this page is for.
    .where(and(mine, eq(outbox.channel, 'sms')))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(limit);
}

export type DevOutboxMessage = Awaited<ReturnType<typeof findDevOutbox>>[number];
