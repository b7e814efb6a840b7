import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appointments, offers } from '@/db/schema';
import type { JobAudience } from '../jobs/recompute-status';

/** The audience of a job whose notification could not name it (too many visits for pg_notify). */
export async function loadJobAudience(jobId: string): Promise<JobAudience> {
  const db = await getDb();
  const jobOffers = await db.select({ status: offers.status, providerId: offers.providerId }).from(offers).where(eq(offers.jobId, jobId));
  const visits = await db.select({ id: appointments.id, technicianId: appointments.technicianId }).from(appointments).where(eq(appointments.jobId, jobId));
  return {
    offeredTo: jobOffers.find((o) => o.status === 'pending')?.providerId ?? null,
    providerIds: [...new Set(jobOffers.map((o) => o.providerId))],
    technicianIds: [...new Set(visits.flatMap((v) => (v.technicianId ? [v.technicianId] : [])))],
    appointmentIds: visits.map((v) => v.id),
  };
}
