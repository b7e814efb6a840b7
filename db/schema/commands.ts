import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Every change a person (or a customer's link, or an API key) asked for, under the id their
 * client gave that intent. Written in the same transaction as the change, so a repeated or
 * retried request finds the first answer here instead of changing anything again.
 */
export const commands = pgTable(
  'commands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Who asked: `user:<id>`, `survey:<token>`; ids are only unique per principal.
    principal: text('principal').notNull(),
    commandId: uuid('command_id').notNull(),
    action: text('action').notNull(),
    // SHA-256 of the request's payload: the same id sent with other data is refused, not replayed.
    payloadHash: text('payload_hash').notNull(),
    result: jsonb('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('commands_principal_command_idx').on(t.principal, t.commandId), index('commands_created_idx').on(t.createdAt)],
);

export type CommandRecord = typeof commands.$inferSelect;
