import 'server-only';
import { and, eq } from 'drizzle-orm';
import { jobs } from '@/db/schema';
import { jobAllows, providerMayAct, roleMay, type JobAction } from '@/lib/domain/permissions';
import type { Actor } from '../actor';
import { now } from '../clock';
import { conflict, forbidden, notFound } from '../errors';
import { logEvent } from '../log';
import { inTransaction } from '../transaction';
import { commitChange } from './commit-change';
import type { Change, EventActor, Mutation, MutationContext } from './job-change';
import { describeAction, describeRefusal } from './describe-refusal';
import { jobVisibleTo } from './job-scope';

export function assertRoleMay(actor: Actor, action: JobAction): void {
  if (roleMay(actor.role, action)) return;
  logEvent('authorization.refused', { userId: actor.userId, role: actor.role, action });
  throw forbidden(`Your role can't ${describeAction(action)}.`);
}

/**
 * The one path every change to an existing job takes: authorize, lock the job row, change,
 * recompute the derived status, write the row once, append the activity event, queue outbox
 * rows, notify, commit.
 */
export async function mutateJob<T>(actor: Actor, jobId: string, action: JobAction, change: (ctx: MutationContext) => Promise<Change<T>>): Promise<Mutation<T>> {
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

/**
 * A change made by someone without an account: the system (an offer running out) or a customer
 * through their private link. The same lock, recompute, single write, event and notify as
 * mutateJob; whoever calls it has already decided they may. `change` returns null when, the row
 * locked, there turns out to be nothing to do; then nothing is written.
 */
export async function mutateJobAs<T>(
  who: (job: MutationContext['job']) => EventActor,
  jobId: string,
  change: (ctx: Omit<MutationContext, 'actor'>) => Promise<Change<T> | null>,
): Promise<Mutation<T> | null> {
  return inTransaction(async (tx) => {
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, jobId)).for('update');
    if (!job) throw notFound();
    const at = now();
    const changed = await change({ tx, job, at });
    return changed ? commitChange(tx, job, who(job), at, changed) : null;
  });
}
