import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { jobEvents, jobs, outbox, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import { jobAllows, providerMayAct, roleMay, type JobAction } from '@/lib/domain/permissions';
import type { JobStatus } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { now } from '../clock';
import { conflict, forbidden, notFound } from '../errors';
import { logEvent } from '../log';
import type { OutboxDraft } from '../notifications/outbox-draft';
import { inTransaction } from '../transaction';
import { describeAction, describeRefusal } from './describe-refusal';
import { jobVisibleTo } from './job-scope';
import { recomputeStatus } from './recompute-status';

export type MutationContext = { tx: Tx; job: Job; actor: Actor; at: Date };

export type Change<T> = {
  event: { type: string; details?: Record<string, unknown>; appointmentId?: string | null };
  /** Built after the status is known, so alerts can say what the job became. */
  messages?: (status: JobStatus) => OutboxDraft[] | Promise<OutboxDraft[]>;
  result: T;
};

export type Mutation<T> = { jobId: string; status: JobStatus; previousStatus: JobStatus; result: T };

export function assertRoleMay(actor: Actor, action: JobAction): void {
  if (roleMay(actor.role, action)) return;
  logEvent('authorization.refused', { userId: actor.userId, role: actor.role, action });
  throw forbidden(`Your role can't ${describeAction(action)}.`);
}

/**
 * The one path every change to an existing job takes: authorize, lock the job row, change,
 * recompute the derived status, append the activity event, queue outbox rows, commit, notify.
 */
export async function mutateJob<T>(
  actor: Actor,
  jobId: string,
  action: JobAction,
  change: (ctx: MutationContext) => Promise<Change<T>>,
): Promise<Mutation<T>> {
  assertRoleMay(actor, action);
  return inTransaction(async (tx) => {
    const [job] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, jobId), jobVisibleTo(actor)))
      .for('update');
    if (!job) throw notFound();
    if (actor.organizationKind === 'provider' && !providerMayAct(action, job.providerId === actor.organizationId)) {
      if (job.providerId !== actor.organizationId) throw forbidden('Accept the offer before working on this job.');
      throw conflict(describeRefusal(action, job.status));
    }
    if (!jobAllows(job.status, action)) throw conflict(describeRefusal(action, job.status));

    const at = now();
    return commitChange(tx, job, actor, at, await change({ tx, job, actor, at }));
  });
}

/** Who an activity event names: a user, or the system itself (no user, no role). */
export type EventActor = Pick<Actor, 'name' | 'source'> & { userId: string | null; role: Actor['role'] | null; organizationId: string | null; organizationKind?: Actor['organizationKind'] };

const SYSTEM = { userId: null, name: 'System', role: null, source: 'system' } as const;

/**
 * A change nobody asked for at that moment (an offer running out): the same lock, recompute,
 * event and notify as mutateJob, with no user to authorize. `change` returns null when, the row
 * locked, there turns out to be nothing to do; then nothing is written.
 */
export async function mutateJobAsSystem<T>(jobId: string, change: (ctx: Omit<MutationContext, 'actor'>) => Promise<Change<T> | null>): Promise<Mutation<T> | null> {
  return inTransaction(async (tx) => {
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, jobId)).for('update');
    if (!job) throw notFound();
    const at = now();
    const changed = await change({ tx, job, at });
    return changed ? commitChange(tx, job, { ...SYSTEM, organizationId: job.organizationId }, at, changed) : null;
  });
}

/** Recompute the status, save it under the version read, record the event and messages, notify. */
async function commitChange<T>(tx: Tx, job: Job, actor: EventActor, at: Date, { event, messages, result }: Change<T>): Promise<Mutation<T>> {
  const { status, nextVisitAt } = await recomputeStatus(tx, job.id);
  const [saved] = await tx
    .update(jobs)
    .set({
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
  await queueMessages(tx, (await messages?.(status)) ?? []);
  await notifyJobChanged(tx, saved);
  return { jobId: job.id, status, previousStatus: job.status, result };
}

export async function appendEvent(
  tx: Tx,
  job: Job,
  actor: EventActor,
  at: Date,
  event: Change<unknown>['event'] & { fromStatus: JobStatus | null; toStatus: JobStatus },
): Promise<void> {
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
    details: event.details ?? {},
    at,
  });
}

export async function queueMessages(tx: Tx, drafts: OutboxDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  await tx.insert(outbox).values(drafts).onConflictDoNothing({ target: outbox.idempotencyKey });
}

/** NOTIFY is delivered at commit, so listeners in every app instance only see committed changes. */
export async function notifyJobChanged(tx: Tx, job: Job): Promise<void> {
  const payload = JSON.stringify({ jobId: job.id, organizationId: job.organizationId, providerId: job.providerId, status: job.status });
  await tx.execute(sql`select pg_notify('fieldline_jobs', ${payload})`);
}
