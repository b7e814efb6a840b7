import type { AppointmentStatus, JobStatus, OfferStatus, ReasonEffect } from './statuses';

export type StatusInputAppointment = {
  status: AppointmentStatus;
  createdAt: Date;
  completedAt: Date | null;
  /** The effect of the complete reason, for a completed appointment. */
  reasonEffect: ReasonEffect | null;
};

export type StatusInput = {
  isDirect: boolean;
  canceledAt: Date | null;
  /** Set by Reopen Job: visits that ended before it no longer decide the status. */
  reopenedAt: Date | null;
  /** Set by an explicit Complete Job. */
  completedAt: Date | null;
  offers: readonly { status: OfferStatus }[];
  appointments: readonly StatusInputAppointment[];
};

/**
 * DESIGN.md's status rules, first match wins. Every mutation calls this inside its
 * transaction; nothing else ever decides a job's status.
 */
export function deriveJobStatus(job: StatusInput): JobStatus {
  if (job.canceledAt) return 'canceled';

  if (!job.isDirect && !job.offers.some((o) => o.status === 'accepted')) {
    return job.offers.some((o) => o.status === 'pending') ? 'offered' : 'unassigned';
  }

  const live = job.appointments.filter((a) => a.status !== 'canceled');
  if (live.some((a) => a.status === 'enroute' || a.status === 'started')) return 'in_progress';
  if (live.some((a) => a.status === 'scheduled')) return 'scheduled';

  // An explicit Complete Job counts only if no visit still standing was booked after it: a later
  // visit reopens the job, and canceling that visit undoes the reopening.
  const completedAt = job.completedAt;
  const completedSinceReopen = completedAt && (!job.reopenedAt || completedAt > job.reopenedAt);
  if (completedSinceReopen && live.every((a) => a.createdAt <= completedAt)) return 'complete';

  const reopenedAt = job.reopenedAt;
  const lastCompleted = latestCompleted(reopenedAt ? live.filter((a) => a.completedAt && a.completedAt > reopenedAt) : live);
  if (lastCompleted?.reasonEffect === 'complete') return 'complete';
  if (lastCompleted?.reasonEffect === 'pause') return 'paused';

  return 'unscheduled';
}

function latestCompleted(appointments: readonly StatusInputAppointment[]): StatusInputAppointment | undefined {
  let latest: StatusInputAppointment | undefined;
  for (const a of appointments) {
    if (a.status !== 'complete' || !a.completedAt) continue;
    // Ties on the completion time go to the visit booked later, so the answer never depends on row order.
    const later = !latest || a.completedAt > latest.completedAt! || (a.completedAt.getTime() === latest.completedAt!.getTime() && a.createdAt >= latest.createdAt);
    if (later) latest = a;
  }
  return latest;
}
