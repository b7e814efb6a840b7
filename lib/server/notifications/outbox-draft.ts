import type { outbox } from '@/db/schema';

export type OutboxDraft = typeof outbox.$inferInsert;
