import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appointments } from '@/db/schema';
import type { Actor } from '../actor';
import { conflict } from '../errors';
import { id, optionalText, parseInput } from '../validation';
import { mutateJob } from './mutate-job';

export const completeJobInput = z.object({ jobId: id, note: optionalText(2000) });

/** Complete Job: closes a paused job, or one whose last visit is behind it, without another visit. */
export async function completeJob(actor: Actor, raw: z.input<typeof completeJobInput>) {
  const input = parseInput(completeJobInput, raw);
  return mutateJob(actor, input.jobId, 'complete_job', async ({ tx, job, at }) => {
    if (job.status === 'unscheduled') {
      const [visited] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(and(eq(appointments.jobId, job.id), eq(appointments.status, 'complete')))
        .limit(1);
      if (!visited) throw conflict('This job has had no completed visit yet. Schedule an appointment, or cancel the job.');
    }
    return { patch: { completedAt: at }, event: { type: 'job.completed', details: input.note ? { note: input.note } : {} }, result: null };
  });
}
