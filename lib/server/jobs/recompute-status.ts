import 'server-only';
import { eq } from 'drizzle-orm';
import { appointments, completeReasons, offers, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import { deriveJobStatus } from '@/lib/domain/derive-job-status';
import { isOpenAppointment, type JobStatus } from '@/lib/domain/statuses';

/**
 * Who a change concerns besides the job's owner and holder, for live pushes: the provider a
 * pending offer waits on, every provider ever offered the job (one that just lost it must hear
 * so), the technicians of its visits, and the visits (their customers' tracking pages).
 */
export type JobAudience = { offeredTo: string | null; providerIds: string[]; technicianIds: string[]; formerTechnicianIds?: string[]; appointmentIds: string[] };

export type Derived = { status: JobStatus; nextVisitAt: Date | null; audience: JobAudience };

type JobFacts = Pick<Job, 'id' | 'isDirect' | 'canceledAt' | 'reopenedAt' | 'completedAt'>;

/**
 * Derives the status of a job whose own columns are `job` (the locked row with the change's
 * patch applied, not yet written) from its offers and appointments as they are now inside the
 * transaction. The same reads name everyone the change concerns.
 */
export async function recomputeStatus(tx: Tx, job: JobFacts): Promise<Derived> {
  // One after another: a transaction is one connection, and pg will refuse overlapping queries on it.
  const jobOffers = await tx.select({ status: offers.status, providerId: offers.providerId }).from(offers).where(eq(offers.jobId, job.id));
  const jobAppointments = await tx
    .select({
      id: appointments.id,
      status: appointments.status,
      technicianId: appointments.technicianId,
      windowStart: appointments.windowStart,
      createdAt: appointments.createdAt,
      completedAt: appointments.completedAt,
      reasonEffect: completeReasons.effect,
    })
    .from(appointments)
    .leftJoin(completeReasons, eq(completeReasons.id, appointments.completeReasonId))
    .where(eq(appointments.jobId, job.id));
  const status = deriveJobStatus({ ...job, offers: jobOffers, appointments: jobAppointments });
  return {
    status,
    nextVisitAt: earliestOpenVisit(jobAppointments),
    audience: {
      offeredTo: jobOffers.find((o) => o.status === 'pending')?.providerId ?? null,
      providerIds: [...new Set(jobOffers.map((o) => o.providerId))],
      technicianIds: [...new Set(jobAppointments.flatMap((a) => (a.technicianId ? [a.technicianId] : [])))],
      appointmentIds: jobAppointments.map((a) => a.id),
    },
  };
}

export function earliestOpenVisit(visits: readonly { status: Parameters<typeof isOpenAppointment>[0]; windowStart: Date }[]): Date | null {
  const open = visits.filter((a) => isOpenAppointment(a.status)).map((a) => a.windowStart.getTime());
  return open.length > 0 ? new Date(Math.min(...open)) : null;
}
