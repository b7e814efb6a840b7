import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offerStatus } from './enums';
import { jobs } from './jobs';
import { organizations } from './organizations';
import { users } from './users';

export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => organizations.id),
    status: offerStatus('status').notNull().default('pending'),
    offeredById: uuid('offered_by_id').references(() => users.id),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    respondedById: uuid('responded_by_id').references(() => users.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
  },
  (t) => [
    index('offers_job_idx').on(t.jobId, t.offeredAt),
    index('offers_provider_status_idx').on(t.providerId, t.status),
    // The database itself refuses a second accepted offer, whatever the application does.
    uniqueIndex('offers_one_accepted_per_job').on(t.jobId).where(sql`${t.status} = 'accepted'`),
    uniqueIndex('offers_one_pending_per_job').on(t.jobId).where(sql`${t.status} = 'pending'`),
    // The expiry sweep's question: which open offers have run out?
    index('offers_pending_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'pending' and ${t.expiresAt} is not null`),
  ],
);

export type Offer = typeof offers.$inferSelect;
