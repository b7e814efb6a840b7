import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { jobs } from '@/db/schema';
import type { Actor } from '../actor';
import { id, parseInput } from '../validation';
import { mutateJob } from './mutate-job';

export const reopenJobInput = z.object({ jobId: id });

/** Reopen Job: the canceled visits stay canceled; the job needs scheduling (or an offer) again. */
export async function reopenJob(actor: Actor, raw: z.input<typeof reopenJobInput>) {
  const input = parseInput(reopenJobInput, raw);
  return mutateJob(actor, input.jobId, 'reopen_job', async ({ tx, job, at }) => {
    await tx.update(jobs).set({ canceledAt: null, cancelReason: null, reopenedAt: at }).where(eq(jobs.id, job.id));
    return { event: { type: 'job.reopened', details: { previousReason: job.cancelReason } }, result: null };
  });
}
