import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { jobs } from '@/db/schema';
import { audienceKey, routeJobChange, type LiveMessage } from '@/lib/domain/change-audiences';
import type { Actor } from '@/lib/server/actor';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { jobVisibleTo } from '@/lib/server/jobs/job-scope';
import { stopJobChanges, subscribeToJobChanges, type JobChange } from '@/lib/server/live/job-change-hub';
import { openLiveStream, openStreamCount, type LiveStream } from '@/lib/server/live/live-streams';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import type { TrackingView } from '@/lib/server/tracking/get-tracking-view';
import {
  acmeAdmin,
  acmeStaff,
  appointmentRow,
  boltDispatcher,
  boltTech,
  boltTech2,
  farawayDispatcher,
  farawayTech,
  jobInStatus,
  newJobInput,
  northsideDispatcher,
  northsideTech,
  orgIds,
  otherAdmin,
  seedWorld,
  tomorrowWindow,
} from './support/fixtures';

beforeAll(() => seedWorld());
// Runs before the database is dropped, so the drop finds no listening connection.
afterAll(() => stopJobChanges());

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Runs `act` and returns the last change heard for the job while it ran (NOTIFY is delivered at commit). */
async function heard(jobId: string, act: () => Promise<unknown>): Promise<Extract<JobChange, { kind: 'job' }>> {
  const changes: JobChange[] = [];
  const unsubscribe = await subscribeToJobChanges((c) => changes.push(c));
  try {
    await act();
    await settle();
  } finally {
    unsubscribe();
  }
  const change = changes.findLast((c) => c.kind === 'job' && c.jobId === jobId);
  if (change?.kind !== 'job') throw new Error('No change heard for the job');
  return change;
}

const ACTORS: Actor[] = [acmeAdmin, acmeStaff, otherAdmin, boltDispatcher, boltTech, boltTech2, northsideDispatcher, northsideTech, farawayDispatcher, farawayTech];

function audienceOf(actor: Actor): string {
  if (actor.organizationKind === 'enterprise') return audienceKey.enterprise(actor.organizationId);
  return actor.role === 'technician' ? audienceKey.technician(actor.userId) : audienceKey.provider(actor.organizationId);
}

/** What routeJobChange sends this actor: the job itself, a bare refresh, or nothing. */
function routedTo(actor: Actor, change: Extract<JobChange, { kind: 'job' }>): 'job' | 'refresh' | 'nothing' {
  const delivery = routeJobChange(change).find((d) => d.audience === audienceOf(actor));
  if (!delivery) return 'nothing';
  return delivery.message.jobId ? 'job' : 'refresh';
}

async function visibleTo(actor: Actor, jobId: string): Promise<boolean> {
  const db = await getDb();
  const providerSees = actor.organizationKind === 'provider' ? sql`${jobs.status} <> 'unassigned'` : undefined;
  return (await db.$count(jobs, and(eq(jobs.id, jobId), jobVisibleTo(actor), providerSees))) === 1;
}

describe('live job changes', () => {
  it('hear every committed change with the job, what happened and everyone it concerns', async () => {
    const { jobId } = await jobInStatus('offered');
    const change = await heard(jobId, () => acceptOffer(boltDispatcher, { jobId }));
    expect(change).toMatchObject({
      kind: 'job',
      jobId,
      organizationId: orgIds.acme,
      providerId: orgIds.bolt,
      status: 'unscheduled',
      type: 'offer.accepted',
      offeredTo: null,
      providerIds: [orgIds.bolt],
      partial: false,
    });
  });

  it('route each change exactly by the tenancy rule of job-scope.ts, for every role and tenant', async () => {
    const offered = await jobInStatus('offered');
    const declined = await jobInStatus('offered');
    const withdrawn = await jobInStatus('offered');
    const held = await jobInStatus('scheduled');
    const direct = await createDirectJob(boltDispatcher, newJobInput());
    const cases = [
      await heard(offered.jobId, () => acceptOffer(boltDispatcher, { jobId: offered.jobId })),
      await heard(declined.jobId, () => declineOffer(boltDispatcher, { jobId: declined.jobId, reason: 'No availability' })),
      await heard(withdrawn.jobId, () => withdrawOffer(acmeAdmin, { jobId: withdrawn.jobId })),
      await heard(held.jobId, () => reassignAppointment(boltDispatcher, { jobId: held.jobId, appointmentId: held.appointmentId!, technicianId: boltTech2.userId })),
      await heard(direct.jobId, () => scheduleAppointment(boltDispatcher, { jobId: direct.jobId, ...tomorrowWindow(boltTech.userId) })),
    ];
    for (const change of cases) {
      for (const actor of ACTORS) {
        const routed = routedTo(actor, change);
        const visible = await visibleTo(actor, change.jobId);
        expect({ job: change.type, actor: actor.name, sent: routed === 'job' }).toEqual({ job: change.type, actor: actor.name, sent: visible });
      }
    }
    // A provider that just lost the job, and a technician a visit was taken from, only hear "refresh".
    expect(routedTo(boltDispatcher, cases[1]!)).toBe('refresh');
    expect(routedTo(boltDispatcher, cases[2]!)).toBe('refresh');
    expect(routedTo(boltTech, cases[3]!)).toBe('refresh');
  });
});

describe('live streams', () => {
  type Heard = { jobs: LiveMessage[]; visits: TrackingView[]; ended: string[] };

  function stream(audience: string, owner: string, trackingToken?: string): LiveStream & { heard: Heard } {
    const heard: Heard = { jobs: [], visits: [], ended: [] };
    return {
      audiences: [audience],
      owner,
      trackingToken,
      heard,
      job: (message) => heard.jobs.push(message),
      visit: (view) => heard.visits.push(view),
      end: (reason) => heard.ended.push(reason ?? 'closed'),
    };
  }

  it('a thousand streams from one account: the newest five stay, the rest are told to step aside, and others are unaffected', async () => {
    const attacker = Array.from({ length: 1000 }, () => stream(audienceKey.provider(orgIds.bolt), `user:${boltDispatcher.userId}`));
    const bystander = stream(audienceKey.enterprise(orgIds.acme), `user:${acmeAdmin.userId}`);
    const stops = [await openLiveStream(bystander)];
    for (const s of attacker) stops.push(await openLiveStream(s));
    try {
      expect(openStreamCount()).toBe(6);
      expect(attacker.filter((s) => s.heard.ended.includes('superseded'))).toHaveLength(995);
      expect(attacker.slice(-5).every((s) => s.heard.ended.length === 0)).toBe(true);

      const { jobId } = await jobInStatus('offered');
      await acceptOffer(boltDispatcher, { jobId });
      await settle();
      expect(bystander.heard.jobs.at(-1)).toMatchObject({ jobId, status: 'unscheduled' });
      expect(attacker.slice(-5).every((s) => s.heard.jobs.some((m) => m.jobId === jobId))).toBe(true);
      expect(attacker.slice(0, 995).every((s) => s.heard.jobs.length === 0)).toBe(true);
    } finally {
      stops.forEach((stop) => stop());
    }
    expect(openStreamCount()).toBe(0);
  });

  it('every stream of an audience hears each change once', async () => {
    const streams = Array.from({ length: 50 }, (_, i) => stream(audienceKey.enterprise(orgIds.acme), `user:viewer-${i}`));
    const stops = await Promise.all(streams.map((s) => openLiveStream(s)));
    try {
      const { jobId } = await jobInStatus('offered');
      await acceptOffer(boltDispatcher, { jobId });
      await settle();
      for (const s of streams) expect(s.heard.jobs.filter((m) => m.jobId === jobId && m.status === 'unscheduled')).toHaveLength(1);
    } finally {
      stops.forEach((stop) => stop());
    }
  });

  it("a customer's tracking stream gets the visit's whole view after each change", async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    const { trackingToken } = await appointmentRow(appointmentId!);
    const customer = stream(audienceKey.visit(appointmentId!), `token:${trackingToken}`, trackingToken);
    const stop = await openLiveStream(customer);
    try {
      await markEnroute(boltTech, { jobId, appointmentId: appointmentId!, etaMinutes: 25 });
      await settle();
      expect(customer.heard.visits.at(-1)).toMatchObject({ state: 'live', status: 'enroute', eta: expect.any(String) });
      expect(customer.heard.jobs).toEqual([]);
    } finally {
      stop();
    }
  });
});
