import 'server-only';
import type { Job } from '@/db/schema';
import type { ActivityEventType } from '@/lib/domain/activity-events';
import type { ChangeFacts } from '@/lib/domain/change-audiences';
import { JOB_STATUSES, type JobStatus } from '@/lib/domain/statuses';
import type { JobAudience } from '../jobs/recompute-status';

export const JOBS_CHANNEL = 'fieldline_jobs';

/**
 * What a committed change tells every app instance (pg_notify): the job, what happened, and
 * everyone it concerns, so each instance routes it to the right streams without a query per
 * stream. `commandId` lets the tab that made the change skip the echo of its own action.
 */
export type JobChangePayload = ChangeFacts & { type: ActivityEventType };

// pg_notify refuses payloads of 8000 bytes or more; a job with hundreds of visits would get there.
const MAX_PAYLOAD = 7_500;

export function jobChangePayload(job: Job, type: ActivityEventType, audience: JobAudience, commandId: string | null): string {
  const full: JobChangePayload = {
    jobId: job.id,
    organizationId: job.organizationId,
    providerId: job.providerId,
    status: job.status,
    type,
    commandId,
    ...audience,
    formerTechnicianIds: audience.formerTechnicianIds ?? [],
  };
  const text = JSON.stringify(full);
  if (text.length <= MAX_PAYLOAD) return text;
  // Too many visits to name: the listeners look the job's audience up themselves (see job-change-hub).
  return JSON.stringify({ ...full, technicianIds: [], formerTechnicianIds: [], appointmentIds: [], providerIds: [], partial: true });
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export type ParsedJobChange = JobChangePayload & { partial: boolean };

export function parseJobChangePayload(payload: string | undefined): ParsedJobChange | null {
  try {
    const v = JSON.parse(payload ?? '') as Record<string, unknown>;
    if (typeof v.jobId !== 'string' || typeof v.organizationId !== 'string' || typeof v.type !== 'string') return null;
    if (!JOB_STATUSES.includes(v.status as JobStatus)) return null;
    return {
      jobId: v.jobId,
      organizationId: v.organizationId,
      providerId: typeof v.providerId === 'string' ? v.providerId : null,
      status: v.status as JobStatus,
      type: v.type as ActivityEventType,
      commandId: typeof v.commandId === 'string' ? v.commandId : null,
      offeredTo: typeof v.offeredTo === 'string' ? v.offeredTo : null,
      providerIds: isStringArray(v.providerIds) ? v.providerIds : [],
      technicianIds: isStringArray(v.technicianIds) ? v.technicianIds : [],
      formerTechnicianIds: isStringArray(v.formerTechnicianIds) ? v.formerTechnicianIds : [],
      appointmentIds: isStringArray(v.appointmentIds) ? v.appointmentIds : [],
      partial: v.partial === true,
    };
  } catch {
    return null;
  }
}
