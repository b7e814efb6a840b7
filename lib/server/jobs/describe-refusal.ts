import type { JobAction } from '@/lib/domain/permissions';
import { JOB_STATUS_LABELS, type JobStatus } from '@/lib/domain/statuses';

const VERBS: Record<JobAction, string> = {
  create_job: 'create a job',
  create_direct_job: 'create a job',
  offer_job: 'offer it',
  withdraw_offer: 'withdraw the offer',
  request_update: 'request an update',
  accept_offer: 'accept the offer',
  decline_offer: 'decline the offer',
  schedule_appointment: 'schedule an appointment',
  reschedule_appointment: 'reschedule this appointment',
  reassign_appointment: 'reassign this appointment',
  cancel_appointment: 'cancel this appointment',
  mark_enroute: 'mark On My Way',
  start_appointment: 'start this appointment',
  complete_appointment: 'complete this appointment',
  complete_job: 'complete the job',
  cancel_job: 'cancel the job',
  reopen_job: 'reopen the job',
};

/** The message for an action the job's current status no longer allows (often a lost race). */
export function describeRefusal(action: JobAction, status: JobStatus): string {
  return `This job is ${JOB_STATUS_LABELS[status]} now, so you can't ${VERBS[action]}. The page shows its current state.`;
}

export function describeAction(action: JobAction): string {
  return VERBS[action];
}
