import type { JobStatus } from './statuses';

/** A committed change as every app instance hears it (see the pg_notify payload). */
export type ChangeFacts = {
  jobId: string;
  organizationId: string;
  providerId: string | null;
  status: JobStatus;
  commandId: string | null;
  /** The provider a pending offer waits on. */
  offeredTo: string | null;
  /** Every provider ever offered the job. */
  providerIds: readonly string[];
  /** Technicians of the job's visits now, and those a visit was just taken from. */
  technicianIds: readonly string[];
  formerTechnicianIds: readonly string[];
  appointmentIds: readonly string[];
};

/** What a live stream is told: the job and its new status, or, for a job just lost, only "refresh". */
export type LiveMessage = { jobId?: string; status?: JobStatus; commandId?: string };

/** The groups of live streams: all streams of one key hear the same thing, computed once per change. */
export const audienceKey = {
  enterprise: (organizationId: string) => `org:${organizationId}`,
  provider: (organizationId: string) => `provider:${organizationId}`,
  technician: (userId: string) => `tech:${userId}`,
  visit: (appointmentId: string) => `visit:${appointmentId}`,
};

export type Delivery = { audience: string; message: LiveMessage };

/**
 * Who hears a change, by the tenancy rule of job-scope.ts (jobVisibleTo): the owner; the
 * provider holding the job or offered it now; a technician with a visit on it. A provider that
 * was offered the job before, or a technician a visit was taken from, gets a bare refresh so
 * the job leaves their screens, and learns nothing else. The customer of each visit hears too.
 */
export function routeJobChange(change: ChangeFacts): Delivery[] {
  const full: LiveMessage = { jobId: change.jobId, status: change.status, ...(change.commandId ? { commandId: change.commandId } : {}) };
  const deliveries: Delivery[] = [{ audience: audienceKey.enterprise(change.organizationId), message: full }];
  const seeing = new Set([change.providerId, change.offeredTo].filter((p): p is string => p !== null));
  for (const provider of new Set([...seeing, ...change.providerIds])) {
    deliveries.push({ audience: audienceKey.provider(provider), message: seeing.has(provider) ? full : {} });
  }
  const technicians = new Set(change.providerId ? change.technicianIds : []);
  for (const technician of technicians) deliveries.push({ audience: audienceKey.technician(technician), message: full });
  for (const former of new Set(change.formerTechnicianIds)) {
    if (!technicians.has(former)) deliveries.push({ audience: audienceKey.technician(former), message: {} });
  }
  for (const visit of change.appointmentIds) deliveries.push({ audience: audienceKey.visit(visit), message: full });
  return deliveries;
}
