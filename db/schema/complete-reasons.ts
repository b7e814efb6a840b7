import { boolean, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { reasonEffect } from './enums';
import { organizations } from './organizations';

export const completeReasons = pgTable(
  'complete_reasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    label: text('label').notNull(),
    effect: reasonEffect('effect').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('complete_reasons_org_label_idx').on(t.organizationId, t.label)],
);

export type CompleteReason = typeof completeReasons.$inferSelect;
