import 'server-only';
import { and, asc, eq, lte } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { offers, organizations } from '@/db/schema';
import { now } from '../clock';
import { SYSTEM_ACTOR } from '../jobs/job-change';
import { mutateJobAs } from '../jobs/mutate-job';

/**
 * Closes pending offers whose answer time has run out: each job is locked and recomputed like
 * any other change (the job goes back to Unassigned), with the system as the actor. An offer
 * answered while this ran is left alone. Returns how many expired.
 */
export async function expireDueOffers(limit = 100): Promise<number> {
  const db = await getDb();
  const due = await db
    .select({ jobId: offers.jobId })
    .from(offers)
    .where(and(eq(offers.status, 'pending'), lte(offers.expiresAt, now())))
    .orderBy(asc(offers.expiresAt))
    .limit(limit);
  let expired = 0;
  for (const { jobId } of due) {
    const done = await mutateJobAs((job) => ({ ...SYSTEM_ACTOR, organizationId: job.organizationId }), jobId, async ({ tx, at }) => {
      const [offer] = await tx
        .update(offers)
        .set({ status: 'expired', respondedAt: at })
        .where(and(eq(offers.jobId, jobId), eq(offers.status, 'pending'), lte(offers.expiresAt, at)))
        .returning({ id: offers.id, providerId: offers.providerId });
      if (!offer) return null;
      const [provider] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, offer.providerId));
      return {
        event: { type: 'offer.expired', details: { offerId: offer.id, providerId: offer.providerId, providerName: provider?.name ?? null } },
        result: { offerId: offer.id },
      };
    });
    if (done) expired += 1;
  }
  return expired;
}
