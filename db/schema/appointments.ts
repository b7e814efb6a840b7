import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { completeReasons } from './complete-reasons';
import { appointmentStatus } from './enums';
import { jobs } from './jobs';
import { users } from './users';

export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    technicianId: uuid('technician_id').references(() => users.id),
    status: appointmentStatus('status').notNull().default('scheduled'),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
    etaMinutes: integer('eta_minutes'),
    etaAt: timestamp('eta_at', { withTimezone: true }),
    enrouteAt: timestamp('enroute_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    canceledAt: timestamp('canceled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    completeReasonId: uuid('complete_reason_id').references(() => completeReasons.id),
    note: text('note'),
    // Unguessable; the customer's tracking link.
    trackingToken: text('tracking_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appointments_job_idx').on(t.jobId, t.windowStart),
    index('appointments_technician_idx').on(t.technicianId, t.windowStart),
    index('appointments_window_idx').on(t.windowStart),
    uniqueIndex('appointments_tracking_token_idx').on(t.trackingToken),
    check('appointments_window_order', sql`${t.windowEnd} > ${t.windowStart}`),
    check(
      'appointments_complete_has_reason',
      sql`${t.status} <> 'complete' or (${t.completeReasonId} is not null and ${t.completedAt} is not null)`,
    ),
  ],
);

export type Appointment = typeof appointments.$inferSelect;
export type AppointmentStatus = Appointment['status'];
