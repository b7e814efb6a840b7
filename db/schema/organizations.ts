import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizationKind } from './enums';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: organizationKind('kind').notNull(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('America/New_York'),
  // Non-urgent customer texts wait out these local hours (in the service address's zone).
  quietHoursStart: text('quiet_hours_start').notNull().default('21:00'),
  quietHoursEnd: text('quiet_hours_end').notNull().default('08:00'),
  // Next human job number; taken under the organization row lock so numbers never repeat.
  nextJobNumber: integer('next_job_number').notNull().default(1001),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const networkLinks = pgTable(
  'network_links',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.providerId] }), index('network_links_provider_idx').on(t.providerId)],
);

export type Organization = typeof organizations.$inferSelect;
