import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    smsConsent: boolean('sms_consent').notNull().default(true),
    smsOptedOutAt: timestamp('sms_opted_out_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('customers_org_name_idx').on(t.organizationId, t.name),
    index('customers_phone_idx').on(t.phone),
    check('customers_phone_e164', sql`${t.phone} ~ '^[+][1-9][0-9]{6,14}$'`),
  ],
);

export type Customer = typeof customers.$inferSelect;

/**
 * Each distinct customer name of an organization, lowercased, once. A name repeats across a big
 * book (hundreds of "Dan Lewis" jobs), so search finds the few names that match here, then reads
 * each name's newest jobs in order from jobs_org_name_activity_idx, instead of every job that matches.
 */
export const customerNameKeys = pgTable(
  'customer_name_keys',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    nameKey: text('name_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.nameKey] }), index('customer_name_keys_trgm_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`)],
);
