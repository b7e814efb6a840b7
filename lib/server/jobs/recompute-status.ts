import 'server-only';
import { eq } from 'drizzle-orm';
import { appointments, completeReasons, jobs, offers } from '@/db/schema';
import type { Tx } from '@/db/types';
import { deriveJobStatus } from '@/lib/domain/derive-job-status';
import { isOpenAppointment, type JobStatus } from '@/lib/domain/statuses';

export type Derived = { status: JobStatus; nextVisitAt: Date | null };

/** Reads the job's current facts, offers and appointments inside the transaction and derives its status. */
export async function recomputeStatus(tx: Tx, jobId: string): Promise<Derived> {
  // One after another: a transaction is one connection, and pg will refuse overlapping queries on it.
  const [job] = await tx
    .select({ isDirect: jobs.isDirect, canceledAt: jobs.canceledAt, reopenedAt: jobs.reopenedAt, completedAt: jobs.completedAt })
    .from(jobs)
    .where(eq(jobs.id, jobId));
  const jobOffers = await tx.select({ status: offers.status }).from(offers).where(eq(offers.jobId, jobId));
  const jobAppointments = await tx
    .select({
      status: appointments.status,
      windowStart: appointments.windowStart,
      createdAt: appointments.createdAt,
      completedAt: appointments.completedAt,
      reasonEffect: completeReasons.effect,
    })
    .from(appointments)
    .leftJoin(completeReasons, eq(completeReasons.id, appointments.completeReasonId))
    .where(eq(appointments.jobId, jobId));
  if (!job) throw new Error(`Job ${jobId} vanished inside its own transaction`);
  const status = deriveJobStatus({ ...job, offers: jobOffers, appointments: jobAppointments });
  const open = jobAppointments.filter((a) => isOpenAppointment(a.status)).map((a) => a.windowStart.getTime());
  return { status, nextVisitAt: open.length > 0 ? new Date(Math.min(...open)) : null };
}
