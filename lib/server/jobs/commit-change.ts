import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { jobEvents, jobs, outbox, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { JobStatus } from '@/lib/domain/statuses';
import { activeCommand } from '../commands/command-context';
import { conflict } from '../errors';
import { JOBS_CHANNEL, jobChangePayload } from '../live/job-change-payload';
import type { OutboxDraft } from '../notifications/outbox-draft';
import type { Change, EventActor, EventInput, Mutation } from './job-change';
import { recomputeStatus, type JobAudience } from './recompute-status';

/**
 * The end of every change to an existing job: recompute the status from the patched row and
 * its offers and visits, write the row once (status, patch and bookkeeping together, guarded
 * by the version read under the lock), then the event, the messages and the notification.
 */
export async function commitChange<T>(tx: Tx, job: Job, actor: EventActor, at: Date, { patch, event, messages, formerTechnicianIds, result }: Change<T>): Promise<Mutation<T>> {
  const patched = { ...job, ...patch };
  const { status, nextVisitAt, audience } = await recomputeStatus(tx, patched);
  const [saved] = await tx
    .update(jobs)
    .set({
      ...patch,
      status,
      nextVisitAt,
      version: sql`${jobs.version} + 1`,
      updatedAt: at,
      lastActivityAt: at,
      // The provider acting on the job answers the enterprise's request for an update.
      ...(actor.organizationKind === 'provider' ? { updateRequestedAt: null } : {}),
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.version, job.version)))
    .returning();
  if (!saved) throw conflict('Someone else changed this job at the same moment. Reload and try again.');

  await appendEvent(tx, saved, actor, at, { ...event, fromStatus: job.status, toStatus: status });
  await queueMessages(tx, (await messages?.(saved)) ?? []);
  await notifyJobChanged(tx, saved, event.type, { ...audience, formerTechnicianIds });
  return { jobId: job.id, status, previousStatus: job.status, result };
}

export async function appendEvent(tx: Tx, job: Job, actor: EventActor, at: Date, event: EventInput & { fromStatus: JobStatus | null; toStatus: JobStatus }): Promise<void> {
  await tx.insert(jobEvents).values({
    jobId: job.id,
    type: event.type,
    actorUserId: actor.userId,
    actorName: actor.name,
    actorRole: actor.role,
    actorOrganizationId: actor.organizationId,
    source: actor.source,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    appointmentId: event.appointmentId ?? null,
    details: event.details,
    at,
  });
}

export async function queueMessages(tx: Tx, drafts: OutboxDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  await tx.insert(outbox).values(drafts).onConflictDoNothing({ target: outbox.idempotencyKey });
}

/** NOTIFY is delivered at commit, so listeners in every app instance only see committed changes. */
export async function notifyJobChanged(tx: Tx, job: Job, type: EventInput['type'], audience: JobAudience): Promise<void> {
  const payload = jobChangePayload(job, type, audience, activeCommand()?.commandId ?? null);
  await tx.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${payload})`);
}
