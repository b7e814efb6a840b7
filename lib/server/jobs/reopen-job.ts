import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { id, parseInput } from '../validation';
import { mutateJob } from './mutate-job';

export const reopenJobInput = z.object({ jobId: id });

/** Reopen Job: the canceled visits stay canceled; the job needs scheduling (or an offer) again. */
export async function reopenJob(actor: Actor, raw: z.input<typeof reopenJobInput>) {
  const input = parseInput(reopenJobInput, raw);
  return mutateJob(actor, input.jobId, 'reopen_job', async ({ job, at }) => {
    return {
      patch: { canceledAt: null, cancelReason: null, reopenedAt: at },
      event: { type: 'job.reopened', details: { previousReason: job.cancelReason } },
      result: null,
    };
  });
}
