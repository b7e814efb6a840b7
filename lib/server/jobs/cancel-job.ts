import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { appointments, offers } from '@/db/schema';
import { OPEN_APPOINTMENT_STATUSES } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { customerAlert } from '../notifications/customer-alerts';
import { id, parseInput, trimmed } from '../validation';
import { mutateJob } from './mutate-job';

export const cancelJobInput = z.object({ jobId: id, reason: trimmed('Reason', 500) });

/** Cancel Job: open visits are canceled with it and a pending offer is withdrawn. */
export async function cancelJob(actor: Actor, raw: z.input<typeof cancelJobInput>) {
  const input = parseInput(cancelJobInput, raw);
  return mutateJob(actor, input.jobId, 'cancel_job', async ({ tx, job, at }) => {
    const canceled = await tx
      .update(appointments)
      .set({ status: 'canceled', canceledAt: at, cancelReason: 'Job canceled', updatedAt: at })
      .where(and(eq(appointments.jobId, job.id), inArray(appointments.status, [...OPEN_APPOINTMENT_STATUSES])))
      .returning({ id: appointments.id });
    await tx
      .update(offers)
      .set({ status: 'withdrawn', respondedAt: at })
      .where(and(eq(offers.jobId, job.id), eq(offers.status, 'pending')));
    return {
      patch: { canceledAt: at, cancelReason: input.reason },
      event: { type: 'job.canceled', details: { reason: input.reason, canceledAppointments: canceled.length } },
      messages: (saved) => (saved.providerId ? customerAlert(tx, 'job.canceled', saved, null) : []),
      result: { canceledAppointments: canceled.length },
    };
  });
}
