import type { JobStatus, Role } from './statuses';
import { OPEN_JOB_STATUSES } from './statuses';

export const JOB_ACTIONS = [
  'create_job',
  'offer_job',
  'withdraw_offer',
  'request_update',
  'accept_offer',
  'decline_offer',
  'create_direct_job',
  'schedule_appointment',
  'reschedule_appointment',
  'reassign_appointment',
  'cancel_appointment',
  'mark_enroute',
  'start_appointment',
  'complete_appointment',
  'complete_job',
  'cancel_job',
  'reopen_job',
] as const;
export type JobAction = (typeof JOB_ACTIONS)[number];

const ENTERPRISE: readonly Role[] = ['enterprise_admin', 'enterprise_staff'];
const DISPATCH: readonly Role[] = ['provider_dispatcher'];
const FIELD: readonly Role[] = ['provider_dispatcher', 'technician'];
const CLOSERS: readonly Role[] = ['enterprise_admin', 'enterprise_staff', 'provider_dispatcher'];

/** Which roles may attempt each action at all; tenancy and job state are checked apart. */
export const ACTION_ROLES: Record<JobAction, readonly Role[]> = {
  create_job: ENTERPRISE,
  offer_job: ENTERPRISE,
  withdraw_offer: ENTERPRISE,
  request_update: ENTERPRISE,
  accept_offer: DISPATCH,
  decline_offer: DISPATCH,
  create_direct_job: DISPATCH,
  schedule_appointment: DISPATCH,
  reschedule_appointment: DISPATCH,
  reassign_appointment: DISPATCH,
  cancel_appointment: DISPATCH,
  mark_enroute: FIELD,
  start_appointment: FIELD,
  complete_appointment: FIELD,
  complete_job: DISPATCH,
  cancel_job: CLOSERS,
  reopen_job: CLOSERS,
};

const WORKABLE: readonly JobStatus[] = ['unscheduled', 'scheduled', 'in_progress', 'paused', 'complete'];
const VISITING: readonly JobStatus[] = ['scheduled', 'in_progress'];

/** The job statuses in which each action makes sense. */
export const ACTION_JOB_STATUSES: Record<JobAction, readonly JobStatus[]> = {
  create_job: [],
  create_direct_job: [],
  offer_job: ['unassigned'],
  withdraw_offer: ['offered'],
  request_update: ['offered', 'unscheduled', 'scheduled', 'in_progress', 'paused'],
  accept_offer: ['offered'],
  decline_offer: ['offered'],
  schedule_appointment: WORKABLE,
  reschedule_appointment: ['scheduled', 'in_progress'],
  reassign_appointment: ['scheduled', 'in_progress'],
  cancel_appointment: VISITING,
  mark_enroute: VISITING,
  start_appointment: VISITING,
  complete_appointment: VISITING,
  complete_job: ['paused', 'unscheduled'],
  cancel_job: OPEN_JOB_STATUSES,
  reopen_job: ['canceled'],
};

export function roleMay(role: Role, action: JobAction): boolean {
  return ACTION_ROLES[action].includes(role);
}

export function jobAllows(status: JobStatus, action: JobAction): boolean {
  return ACTION_JOB_STATUSES[action].includes(status);
}

const CREATE_ACTIONS: readonly JobAction[] = ['create_job', 'create_direct_job'];
const OFFER_RESPONSES: readonly JobAction[] = ['accept_offer', 'decline_offer'];

/**
 * A provider that has only been offered the job may answer the offer and nothing else;
 * everything else needs the job to be theirs (accepted, or their own direct job).
 */
export function providerMayAct(action: JobAction, holdsJob: boolean): boolean {
  return holdsJob ? !OFFER_RESPONSES.includes(action) : OFFER_RESPONSES.includes(action);
}

/** Actions on an existing job that this role may take in this status (for showing buttons). */
export function availableJobActions(role: Role, status: JobStatus, providerHoldsJob?: boolean): JobAction[] {
  return JOB_ACTIONS.filter(
    (a) =>
      !CREATE_ACTIONS.includes(a) &&
      roleMay(role, a) &&
      jobAllows(status, a) &&
      (providerHoldsJob === undefined || providerMayAct(a, providerHoldsJob)),
  );
}
