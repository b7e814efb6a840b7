import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActivityEvent, ActivityEventType } from '@/lib/domain/activity-events';
import { eventSource, jobStatus, userRole } from './enums';
import { jobs } from './jobs';
import { users } from './users';

// Append-only: a trigger in the migrations refuses UPDATE and DELETE.
export const jobEvents = pgTable(
  'job_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    type: text('type').$type<ActivityEventType>().notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    actorRole: userRole('actor_role'),
    actorOrganizationId: uuid('actor_organization_id'),
    source: eventSource('source').notNull(),
    fromStatus: jobStatus('from_status'),
    toStatus: jobStatus('to_status'),
    appointmentId: uuid('appointment_id'),
    details: jsonb('details').$type<ActivityEvent['details']>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_events_job_idx').on(t.jobId, t.id)],
);

export type JobEvent = typeof jobEvents.$inferSelect;

/** An event as read back: its details are those of its type (every write goes through EventInput). */
export type ActivityEventRow = Omit<JobEvent, 'type' | 'details'> & ActivityEvent;
