import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopJobChanges, subscribeToJobChanges, type JobChange } from '@/lib/server/live/job-change-hub';
import { jobChangeFor } from '@/lib/server/live/job-change-visible-to';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { acmeAdmin, boltDispatcher, boltTech, jobInStatus, northsideDispatcher, orgIds, otherAdmin, seedWorld } from './support/fixtures';

beforeAll(() => seedWorld());
// Runs before the database is dropped, so the drop finds no listening connection.
afterAll(() => stopJobChanges());

/**
 * Runs `act` and returns the last change heard for the job while it ran (NOTIFY is delivered at
 * commit; on a server a notification of the step before may still arrive after subscribing).
 */
async function heard(jobId: string, act: () => Promise<unknown>): Promise<JobChange | undefined> {
  const changes: JobChange[] = [];
  const unsubscribe = await subscribeToJobChanges((c) => changes.push(c));
  try {
    await act();
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    unsubscribe();
  }
  return changes.findLast((c) => c.kind === 'job' && c.jobId === jobId);
}

describe('live job changes', () => {
  it('hears every committed change, with the job, its owner and new status', async () => {
    const { jobId } = await jobInStatus('offered');
    const change = await heard(jobId, () => acceptOffer(boltDispatcher, { jobId }));
    expect(change).toEqual({ kind: 'job', jobId, organizationId: orgIds.acme, providerId: orgIds.bolt, status: 'unscheduled' });
  });

  it('tells each user only about jobs they may see', async () => {
    const { jobId } = await jobInStatus('offered');
    const change = await heard(jobId, () => acceptOffer(boltDispatcher, { jobId }));
    expect(await jobChangeFor(acmeAdmin, change!)).toEqual({ jobId, status: 'unscheduled' });
    expect(await jobChangeFor(boltDispatcher, change!)).toEqual({ jobId, status: 'unscheduled' });
    expect(await jobChangeFor(otherAdmin, change!)).toBeNull();
    expect(await jobChangeFor(northsideDispatcher, change!)).toBeNull();
    // A technician with no visit on the job does not hear of it.
    expect(await jobChangeFor(boltTech, change!)).toBeNull();
  });

  it('gives a provider that just declined a bare refresh, with no job details', async () => {
    const { jobId } = await jobInStatus('offered');
    const change = await heard(jobId, () => declineOffer(boltDispatcher, { jobId, reason: 'No availability' }));
    expect(await jobChangeFor(boltDispatcher, change!)).toEqual({});
    expect(await jobChangeFor(acmeAdmin, change!)).toEqual({ jobId, status: 'unassigned' });
  });
});
