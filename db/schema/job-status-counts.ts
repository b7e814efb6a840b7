import { bigint, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { jobStatus } from './enums';
import { organizations } from './organizations';

/**
 * How many jobs an organization has in each status, kept exact by statement-level triggers on
 * jobs (see the migration), so the Jobs List's unfiltered counts cost one index read however
 * large the book. A job counts for its owner, and for the provider holding it when that differs.
 */
export const jobStatusCounts = pgTable(
  'job_status_counts',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: jobStatus('status').notNull(),
    jobs: bigint('jobs', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.status] })],
);
