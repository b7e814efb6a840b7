import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { jobs, offers } from '@/db/schema';
import type { Actor } from '../actor';
import { jobVisibleTo } from '../jobs/job-scope';
import type { JobChange } from './job-change-hub';

/** What a subscriber is told: the job and its new status, or only "refresh" for a job it just lost. */
export type LiveMessage = { jobId?: string; status?: string };

/**
 * The tenancy rule for live events, mirroring job-scope.ts: an enterprise hears its own jobs;
 * a provider user hears the jobs it can see now, and a bare "refresh" for a job that was
 * offered to it (so a withdrawn or declined offer leaves its open list), never another's.
 */
export async function jobChangeFor(actor: Actor, change: JobChange): Promise<LiveMessage | null> {
  if (change.kind === 'resync') return {};
  if (actor.organizationKind === 'enterprise') {
    return change.organizationId === actor.organizationId ? { jobId: change.jobId, status: change.status } : null;
  }
  const db = await getDb();
  const [row] = await db
    .select({
      visible: sql<boolean>`${and(jobVisibleTo(actor), sql`${jobs.status} <> 'unassigned'`)}`,
      wasOffered: sql<boolean>`exists (select 1 from ${offers} where ${offers.jobId} = ${change.jobId} and ${offers.providerId} = ${actor.organizationId})`,
    })
    .from(jobs)
    .where(eq(jobs.id, change.jobId));
  if (!row) return null;
  if (row.visible) return { jobId: change.jobId, status: change.status };
  return row.wasOffered && actor.role === 'provider_dispatcher' ? {} : null;
}
