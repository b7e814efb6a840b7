import 'server-only';
import { eq } from 'drizzle-orm';
import { appointments, completeReasons, jobs, offers } from '@/db/schema';
import type { Tx } from '@/db/types';
import { deriveJobStatus } from '@/lib/domain/derive-job-status';
import type { JobStatus } from '@/lib/domain/statuses';

/** Reads the job's current facts, offers and appointments inside the transaction and derives its status. */
export async function recomputeStatus(tx: Tx, jobId: string): Promise<JobStatus> {
  const [[job], jobOffers, jobAppointments] = await Promise.all([
    tx
      .select({ isDirect: jobs.isDirect, canceledAt: jobs.canceledAt, reopenedAt: jobs.reopenedAt, completedAt: jobs.completedAt })
      .from(jobs)
      .where(eq(jobs.id, jobId)),
    tx.select({ status: offers.status }).from(offers).where(eq(offers.jobId, jobId)),
    tx
      .select({
        status: appointments.status,
        createdAt: appointments.createdAt,
        completedAt: appointments.completedAt,
        reasonEffect: completeReasons.effect,
      })
      .from(appointments)
      .leftJoin(completeReasons, eq(completeReasons.id, appointments.completeReasonId))
      .where(eq(appointments.jobId, jobId)),
  ]);
  if (!job) throw new Error(`Job ${jobId} vanished inside its own transaction`);
  return deriveJobStatus({
    ...job,
    offers: jobOffers,
    appointments: jobAppointments,
  });
}
