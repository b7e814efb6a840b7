import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { offers, users } from '@/db/schema';
import type { Actor } from '../actor';
import { mutateJob } from '../jobs/mutate-job';
import { id, optionalText, parseInput } from '../validation';

export const requestUpdateInput = z.object({ jobId: id, message: optionalText(500) });

/** Asks the provider holding (or offered) the job for a status update; shown to them until they act. */
export async function requestUpdate(actor: Actor, raw: z.input<typeof requestUpdateInput>) {
  const input = parseInput(requestUpdateInput, raw);
  return mutateJob(actor, input.jobId, 'request_update', async ({ tx, job, at }) => {
    const [pending] = await tx
      .select({ providerId: offers.providerId })
      .from(offers)
      .where(and(eq(offers.jobId, job.id), eq(offers.status, 'pending')));
    const providerId = job.providerId ?? pending?.providerId;
    const dispatchers = providerId
      ? await tx
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(and(eq(users.organizationId, providerId), eq(users.role, 'provider_dispatcher'), eq(users.active, true)))
      : [];
    const text = `${actor.name} asks for a status update on job #${job.number} ("${job.title}").${input.message ? ` "${input.message}"` : ''}`;
    return {
      patch: { updateRequestedAt: at },
      event: { type: 'job.update_requested', details: input.message ? { message: input.message } : {} },
      messages: (saved) =>
        dispatchers.map((d) => ({
          jobId: job.id,
          channel: 'email',
          kind: 'job.update_requested',
          recipient: d.email,
          body: text,
          payload: { userId: d.id },
          idempotencyKey: `email:job.update_requested:${job.id}:${saved.version}:${d.id}`,
        })),
      result: { requestedAt: at.toISOString() },
    };
  });
}
