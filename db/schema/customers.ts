import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
