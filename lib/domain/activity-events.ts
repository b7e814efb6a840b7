import type { ReasonEffect } from './statuses';

/**
 * Every kind of line a job's activity log holds, with the details each carries. The timeline
 * text, the customer texts, live pushes and (later) webhook payloads all read this one map, so
 * a new kind of event is a compile error everywhere it is not handled yet.
 */
export type ActivityEventDetails = {
  'job.created': { number: number };
  'offer.created': { offerId: string; providerId: string; providerName: string; expiresAt?: string };
  'offer.accepted': { offerId: string; scheduled?: boolean };
  'offer.declined': { offerId: string; reason: string };
  'offer.withdrawn': { offerId: string; providerId: string; providerName: string | null };
  'offer.expired': { offerId: string; providerId: string; providerName: string | null };
  'job.update_requested': { message?: string };
  'appointment.scheduled': { windowStart: string; windowEnd: string; technicianId: string | null };
  'appointment.rescheduled': {
    from: { windowStart: string; windowEnd: string };
    windowStart: string;
    windowEnd: string;
    technicianId: string | null;
  };
  'appointment.reassigned': { fromTechnicianId: string | null; technicianId: string | null; technicianName: string | null };
  'appointment.canceled': { reason?: string };
  'appointment.enroute': { etaMinutes: number; etaAt: string };
  'appointment.started': Record<string, never>;
  'appointment.completed': { reason: string; effect: ReasonEffect; note?: string };
  'job.completed': { note?: string };
  'job.canceled': { reason: string; canceledAppointments: number };
  'job.reopened': { previousReason: string | null };
  'survey.answered': { rating: number; comment: string | null };
};

export type ActivityEventType = keyof ActivityEventDetails;

/** One event as written: its type and the details that type carries, checked together. */
export type ActivityEvent = { [K in ActivityEventType]: { type: K; details: ActivityEventDetails[K] } }[ActivityEventType];

// A Record, so adding a type above without listing it here does not compile.
const TYPES: Record<ActivityEventType, true> = {
  'job.created': true,
  'offer.created': true,
  'offer.accepted': true,
  'offer.declined': true,
  'offer.withdrawn': true,
  'offer.expired': true,
  'job.update_requested': true,
  'appointment.scheduled': true,
  'appointment.rescheduled': true,
  'appointment.reassigned': true,
  'appointment.canceled': true,
  'appointment.enroute': true,
  'appointment.started': true,
  'appointment.completed': true,
  'job.completed': true,
  'job.canceled': true,
  'job.reopened': true,
  'survey.answered': true,
};

export const ACTIVITY_EVENT_TYPES = Object.keys(TYPES) as ActivityEventType[];

export function isActivityEventType(value: string): value is ActivityEventType {
  return Object.hasOwn(TYPES, value);
}
