// The stored values, in DESIGN.md's order. db/schema/enums.ts declares the same lists for
// PostgreSQL; a test keeps the two equal.
export const JOB_STATUSES = [
  'unassigned',
  'offered',
  'unscheduled',
  'scheduled',
  'in_progress',
  'paused',
  'complete',
  'canceled',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const APPOINTMENT_STATUSES = ['scheduled', 'enroute', 'started', 'complete', 'canceled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const ROLES = ['enterprise_admin', 'enterprise_staff', 'provider_dispatcher', 'technician'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = ['enterprise', 'provider'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const REASON_EFFECTS = ['complete', 'pause'] as const;
export type ReasonEffect = (typeof REASON_EFFECTS)[number];

export const EVENT_SOURCES = ['web', 'mobile', 'api', 'system'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  unassigned: 'Unassigned',
  offered: 'Offered',
  unscheduled: 'Unscheduled',
  scheduled: 'Scheduled',
  in_progress: 'In Progress',
  paused: 'Paused',
  complete: 'Complete',
  canceled: 'Canceled',
};

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  scheduled: 'Scheduled',
  enroute: 'On My Way',
  started: 'Started',
  complete: 'Complete',
  canceled: 'Canceled',
};

export const ROLE_LABELS: Record<Role, string> = {
  enterprise_admin: 'Enterprise admin',
  enterprise_staff: 'Enterprise staff',
  provider_dispatcher: 'Dispatcher',
  technician: 'Technician',
};

/** What a provider's lists show: Unassigned only describes the enterprise's side. */
export const PROVIDER_JOB_STATUSES: readonly JobStatus[] = JOB_STATUSES.filter((s) => s !== 'unassigned');

/** Statuses a job can be canceled from. */
export const OPEN_JOB_STATUSES: readonly JobStatus[] = [
  'unassigned',
  'offered',
  'unscheduled',
  'scheduled',
  'in_progress',
  'paused',
];

export const OPEN_APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ['scheduled', 'enroute', 'started'];

export function isOpenAppointment(status: AppointmentStatus): boolean {
  return OPEN_APPOINTMENT_STATUSES.includes(status);
}
