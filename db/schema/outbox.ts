import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { outboxStatus } from './enums';
import { jobs } from './jobs';

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id').references(() => jobs.id),
    appointmentId: uuid('appointment_id'),
    channel: text('channel').notNull(),
    kind: text('kind').notNull(),
    recipient: text('recipient').notNull(),
    body: text('body').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    // Stable per message so a retried delivery never reaches the recipient twice.
    idempotencyKey: text('idempotency_key').notNull(),
    status: outboxStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    // The transport's own id for the message (Twilio's SID), for delivery receipts.
    providerMessageId: text('provider_message_id'),
  },
  (t) => [
    uniqueIndex('outbox_idempotency_idx').on(t.idempotencyKey),
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_job_idx').on(t.jobId, t.createdAt),
  ],
);

export type OutboxMessage = typeof outbox.$inferSelect;
