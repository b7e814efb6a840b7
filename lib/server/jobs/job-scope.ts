import 'server-only';
import { and, eq, exists, or, sql, type SQL } from 'drizzle-orm';
import { appointments, jobs, offers } from '@/db/schema';
import type { Actor } from '../actor';

/**
 * The tenancy rule for jobs, in one place. Enterprise users see their enterprise's jobs;
 * a provider sees a job while it is offered to them or once they hold it; a technician
 * sees the jobs of the appointments assigned to them.
 */
export function jobVisibleTo(actor: Actor): SQL {
  switch (actor.role) {
    case 'enterprise_admin':
    case 'enterprise_staff':
      return eq(jobs.organizationId, actor.organizationId);
    case 'provider_dispatcher':
      return or(
        eq(jobs.providerId, actor.organizationId),
        exists(
          sql`(select 1 from ${offers} where ${offers.jobId} = ${jobs.id} and ${offers.providerId} = ${actor.organizationId} and ${offers.status} = 'pending')`,
        ),
      )!;
    case 'technician':
      return and(
        eq(jobs.providerId, actor.organizationId),
        exists(
          sql`(select 1 from ${appointments} where ${appointments.jobId} = ${jobs.id} and ${appointments.technicianId} = ${actor.userId})`,
        ),
      )!;
  }
}
