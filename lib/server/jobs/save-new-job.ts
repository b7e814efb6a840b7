import 'server-only';
import { eq } from 'drizzle-orm';
import { jobs, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { Actor } from '../actor';
import { appendEvent, queueMessages, type Change } from './mutate-job';
import { recomputeStatus } from './recompute-status';

/**
 * A step in creating a job (the offer, the first visit) applied in the creating transaction,
 * with the same recompute → event → outbox sequence as every other change.
 */
export async function applyCreationStep(tx: Tx, job: Job, actor: Actor, at: Date, step: Change<unknown>): Promise<Job> {
  const { status, nextVisitAt } = await recomputeStatus(tx, job.id);
  const [saved] = await tx.update(jobs).set({ status, nextVisitAt }).where(eq(jobs.id, job.id)).returning();
  await appendEvent(tx, saved!, actor, at, { ...step.event, fromStatus: job.status, toStatus: status });
  await queueMessages(tx, (await step.messages?.(status)) ?? []);
  return saved!;
}

export async function recordCreation(tx: Tx, job: Job, actor: Actor, at: Date): Promise<void> {
  await appendEvent(tx, job, actor, at, { type: 'job.created', details: { number: job.number }, fromStatus: null, toStatus: job.status });
}

