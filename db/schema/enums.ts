import { pgEnum } from 'drizzle-orm/pg-core';

export const organizationKind = pgEnum('organization_kind', ['enterprise', 'provider']);

export const userRole = pgEnum('user_role', [
  'enterprise_admin',
  'enterprise_staff',
  'provider_dispatcher',
  'technician',
]);

// Order matters: it is the order DESIGN.md lists and the order counts are shown in.
export const jobStatus = pgEnum('job_status', [
  'unassigned',
  'offered',
  'unscheduled',
  'scheduled',
  'in_progress',
  'paused',
  'complete',
  'canceled',
]);

export const jobPriority = pgEnum('job_priority', ['low', 'normal', 'high', 'urgent']);

export const offerStatus = pgEnum('offer_status', ['pending', 'accepted', 'declined', 'withdrawn', 'expired']);

export const appointmentStatus = pgEnum('appointment_status', [
  'scheduled',
  'enroute',
  'started',
  'complete',
  'canceled',
]);

export const reasonEffect = pgEnum('reason_effect', ['complete', 'pause']);

export const eventSource = pgEnum('event_source', ['web', 'mobile', 'api', 'system']);

export const outboxStatus = pgEnum('outbox_status', ['queued', 'sent', 'delivered', 'failed', 'suppressed']);
