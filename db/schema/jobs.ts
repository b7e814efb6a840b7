import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { customers } from './customers';
import { jobPriority, jobStatus } from './enums';
import { organizations } from './organizations';

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The owner: an enterprise, or the provider itself for a direct job.
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    number: integer('number').notNull(),
    externalId: text('external_id'),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    priority: jobPriority('priority').notNull().default('normal'),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    city: text('city').notNull(),
    region: text('region').notNull(),
    postalCode: text('postal_code').notNull(),
    timeZone: text('time_zone').notNull(),
    isDirect: boolean('is_direct').notNull().default(false),
    // The provider that accepted the job (or owns it, for a direct job).
    providerId: uuid('provider_id').references(() => organizations.id),
    status: jobStatus('status').notNull(),
    canceledAt: timestamp('canceled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    updateRequestedAt: timestamp('update_requested_at', { withTimezone: true }),
    // Start of the earliest open visit, kept by every mutation so lists can sort and filter on it.
    nextVisitAt: timestamp('next_visit_at', { withTimezone: true }),
    // Lowercased job number, external id, customer phone and address: one trigram index serves free text.
    searchText: text('search_text').notNull().default(''),
    // The customer's name, lowercased: free text finds names through customer_name_keys and this.
    customerNameKey: text('customer_name_key').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('jobs_org_number_idx').on(t.organizationId, t.number),
    index('jobs_org_status_activity_idx').on(t.organizationId, t.status, t.lastActivityAt.desc(), t.id.desc()),
    index('jobs_org_activity_idx').on(t.organizationId, t.lastActivityAt.desc(), t.id.desc()),
    index('jobs_provider_status_activity_idx').on(t.providerId, t.status, t.lastActivityAt.desc(), t.id.desc()),
    index('jobs_org_external_idx').on(t.organizationId, t.externalId),
    index('jobs_org_next_visit_idx').on(t.organizationId, t.nextVisitAt, t.id),
    index('jobs_org_created_idx').on(t.organizationId, t.createdAt.desc(), t.id.desc()),
    index('jobs_org_provider_activity_idx').on(t.organizationId, t.providerId, t.lastActivityAt.desc(), t.id.desc()),
    index('jobs_customer_idx').on(t.customerId),
    index('jobs_org_name_activity_idx').on(t.organizationId, t.customerNameKey, t.lastActivityAt.desc(), t.id.desc()),
    index('jobs_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('jobs_number_positive', sql`${t.number} > 0`),
    check('jobs_direct_has_provider', sql`not ${t.isDirect} or ${t.providerId} is not null`),
  ],
);

export type Job = typeof jobs.$inferSelect;
export type JobStatus = (typeof jobStatus.enumValues)[number];
