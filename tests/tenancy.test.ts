import { beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '@/lib/domain/statuses';
import type { Actor } from '@/lib/server/actor';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { findJobs } from '@/lib/server/jobs/find-jobs';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import {
  acmeAdmin,
  acmeBolt,
  acmeNorthside,
  acmeStaff,
  appErrorOf,
  boltDispatcher,
  boltTech,
  boltTech2,
  CUSTOMER,
  expectRefused,
  farawayDispatcher,
  farawayTech,
  jobInStatus,
  jobRow,
  newJobInput,
  northsideDispatcher,
  northsideTech,
  orgIds,
  otherAdmin,
  otherFaraway,
  otherStaff,
  reasonIds,
  seedWorld,
  tomorrowWindow,
  windowOn,
  type StagedJob,
  type Team,
} from './support/fixtures';

const ALL_STATUSES: JobStatus[] = ['unassigned', 'offered', 'unscheduled', 'scheduled', 'in_progress', 'paused', 'complete', 'canceled'];

// The jobs every test in this file reads; tests that need to change a job make their own.
let acme: Record<JobStatus, StagedJob>;
let other: Record<JobStatus, StagedJob>;
let offeredToNorthside: StagedJob;
let declinedByBolt: StagedJob;
let boltDirect: StagedJob;

async function oneOfEach(team: Team, externalId?: string): Promise<Record<JobStatus, StagedJob>> {
  const jobs = {} as Record<JobStatus, StagedJob>;
  for (const status of ALL_STATUSES) {
    jobs[status] = await jobInStatus(status, { team, job: status === 'unassigned' && externalId ? { externalId } : {} });
  }
  return jobs;
}

beforeAll(async () => {
  await seedWorld();
  acme = await oneOfEach(acmeBolt, 'ACME-SECRET-77');
  other = await oneOfEach(otherFaraway);
  offeredToNorthside = await jobInStatus('offered', { team: acmeNorthside });
  declinedByBolt = await jobInStatus('offered');
  await declineOffer(boltDispatcher, { jobId: declinedByBolt.jobId, reason: 'No availability' });
  boltDirect = await jobInStatus('unscheduled', { direct: true });
});

const counts = (partial: Partial<Record<JobStatus, number>>) => ({ ...Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])), ...partial });
const ids = (jobs: StagedJob[]) => jobs.map((j) => j.jobId).sort();

describe('reads are scoped to the actor’s tenant', () => {
  // Who sees which of this file's jobs (written out, not derived from the scoping code).
  const visibleTo = (): { actor: Actor; jobs: StagedJob[] }[] => {
    const acmeAll = [...Object.values(acme), offeredToNorthside, declinedByBolt];
    const boltHeld = [acme.unscheduled, acme.scheduled, acme.in_progress, acme.paused, acme.complete, acme.canceled];
    const withTech = (jobs: Record<JobStatus, StagedJob>) => [jobs.scheduled, jobs.in_progress, jobs.paused, jobs.complete, jobs.canceled];
    return [
      { actor: acmeAdmin, jobs: acmeAll },
      { actor: acmeStaff, jobs: acmeAll },
      { actor: boltDispatcher, jobs: [acme.offered, ...boltHeld, boltDirect] },
      { actor: boltTech, jobs: withTech(acme) },
      { actor: boltTech2, jobs: [] },
      { actor: northsideDispatcher, jobs: [offeredToNorthside] },
      { actor: northsideTech, jobs: [] },
      { actor: otherAdmin, jobs: Object.values(other) },
      { actor: otherStaff, jobs: Object.values(other) },
      { actor: farawayDispatcher, jobs: ALL_STATUSES.filter((s) => s !== 'unassigned').map((s) => other[s]) },
      { actor: farawayTech, jobs: withTech(other) },
    ];
  };

  it('getJobOrThrow finds exactly the jobs the actor may see; every other id is not found', async () => {
    const everyJob = [...Object.values(acme), ...Object.values(other), offeredToNorthside, declinedByBolt, boltDirect];
    for (const { actor, jobs } of visibleTo()) {
      const visible = new Set(jobs.map((j) => j.jobId));
      for (const { jobId } of everyJob) {
        const outcome = await getJobOrThrow(actor, jobId).then(
          (detail) => detail.job.id,
          (error: unknown) => (error as { code?: string }).code,
        );
        expect({ actor: actor.name, jobId, outcome }).toEqual({ actor: actor.name, jobId, outcome: visible.has(jobId) ? jobId : 'NOT_FOUND' });
      }
    }
  });

  it('findJobs lists exactly the jobs the actor may see', async () => {
    for (const { actor, jobs } of visibleTo()) {
      const page = await findJobs(actor, { limit: 200 });
      expect({ actor: actor.name, ids: page.jobs.map((j) => j.id).sort() }).toEqual({ actor: actor.name, ids: ids(jobs) });
    }
  });

  it('countJobsByStatus counts exactly the jobs the actor may see', async () => {
    const one = (statuses: JobStatus[]) => Object.fromEntries(statuses.map((s) => [s, 1]));
    const expected: [Actor, Partial<Record<JobStatus, number>>][] = [
      [acmeAdmin, { ...one(ALL_STATUSES), unassigned: 2, offered: 2 }],
      [acmeStaff, { ...one(ALL_STATUSES), unassigned: 2, offered: 2 }],
      [boltDispatcher, { ...one(['offered', 'scheduled', 'in_progress', 'paused', 'complete', 'canceled']), unscheduled: 2 }],
      [boltTech, one(['scheduled', 'in_progress', 'paused', 'complete', 'canceled'])],
      [boltTech2, {}],
      [northsideDispatcher, { offered: 1 }],
      [otherAdmin, one(ALL_STATUSES)],
      [farawayDispatcher, one(ALL_STATUSES.filter((s) => s !== 'unassigned'))],
    ];
    for (const [actor, partial] of expected) {
      // Unfiltered counts come from the maintained totals; any filter counts the rows themselves. Both must agree.
      expect({ actor: actor.name, counts: await countJobsByStatus(actor) }).toEqual({ actor: actor.name, counts: counts(partial) });
      expect({ actor: actor.name, counts: await countJobsByStatus(actor, { createdFrom: '2000-01-01' }) }).toEqual({ actor: actor.name, counts: counts(partial) });
    }
  });

  it('free-text search never reaches into another tenant', async () => {
    expect((await findJobs(acmeAdmin, { q: 'acme-secret' })).jobs.map((j) => j.id)).toEqual([acme.unassigned.jobId]);
    expect((await findJobs(otherAdmin, { q: 'acme-secret' })).jobs).toEqual([]);
    expect((await findJobs(boltDispatcher, { q: 'acme-secret' })).jobs).toEqual([]);
    expect(await countJobsByStatus(otherAdmin, { q: 'acme-secret' })).toEqual(counts({}));
  });

  it('a provider only offered a job cannot find it by the customer’s phone, which it may not see yet', async () => {
    const { customer } = await getJobOrThrow(acmeAdmin, offeredToNorthside.jobId);
    const digits = customer.phone!.slice(-7);
    for (const q of [customer.phone!, digits]) {
      expect((await findJobs(acmeAdmin, { q })).jobs.map((j) => j.id)).toContain(offeredToNorthside.jobId);
      expect((await findJobs(northsideDispatcher, { q })).jobs).toEqual([]);
    }
    // The job itself stays in its list, found by anything it may see.
    expect((await findJobs(northsideDispatcher, { q: `#${(await jobRow(offeredToNorthside.jobId)).number}` })).jobs.map((j) => j.id)).toEqual([offeredToNorthside.jobId]);
  });

  it('a provider never sees Unassigned, even when filtering for it', async () => {
    expect((await findJobs(boltDispatcher, { statuses: ['unassigned'] })).jobs).toEqual([]);
    expect((await findJobs(farawayDispatcher, { statuses: ['unassigned'] })).jobs).toEqual([]);
    expect((await countJobsByStatus(boltDispatcher)).unassigned).toBe(0);
  });

  it('an id that is not a job, or not a uuid, is not found', async () => {
    expect((await appErrorOf(getJobOrThrow(acmeAdmin, '40000000-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
    expect((await appErrorOf(getJobOrThrow(acmeAdmin, 'not-a-job'))).code).toBe('NOT_FOUND');
  });
});

type Write = { action: string; status: JobStatus; run: (actor: Actor, job: StagedJob) => Promise<unknown> };

const WRITES: Write[] = [
  { action: 'offer job', status: 'unassigned', run: (a, j) => offerJob(a, { jobId: j.jobId, providerId: j.team.providerId }) },
  { action: 'withdraw offer', status: 'offered', run: (a, j) => withdrawOffer(a, { jobId: j.jobId }) },
  { action: 'request update', status: 'scheduled', run: (a, j) => requestUpdate(a, { jobId: j.jobId }) },
  { action: 'accept offer', status: 'offered', run: (a, j) => acceptOffer(a, { jobId: j.jobId }) },
  { action: 'decline offer', status: 'offered', run: (a, j) => declineOffer(a, { jobId: j.jobId, reason: 'No availability' }) },
  { action: 'schedule appointment', status: 'unscheduled', run: (a, j) => scheduleAppointment(a, { jobId: j.jobId, ...tomorrowWindow() }) },
  {
    action: 'reschedule appointment',
    status: 'scheduled',
    run: (a, j) => rescheduleAppointment(a, { jobId: j.jobId, appointmentId: j.appointmentId!, ...windowOn(2, '09:00', '11:00') }),
  },
  { action: 'reassign appointment', status: 'scheduled', run: (a, j) => reassignAppointment(a, { jobId: j.jobId, appointmentId: j.appointmentId!, technicianId: '' }) },
  { action: 'cancel appointment', status: 'scheduled', run: (a, j) => cancelAppointment(a, { jobId: j.jobId, appointmentId: j.appointmentId! }) },
  { action: 'On My Way', status: 'scheduled', run: (a, j) => markEnroute(a, { jobId: j.jobId, appointmentId: j.appointmentId!, etaMinutes: 15 }) },
  { action: 'Start Appointment', status: 'scheduled', run: (a, j) => startAppointment(a, { jobId: j.jobId, appointmentId: j.appointmentId! }) },
  {
    action: 'Complete Appointment',
    status: 'in_progress',
    run: (a, j) => completeAppointment(a, { jobId: j.jobId, appointmentId: j.appointmentId!, completeReasonId: j.team.reasons.complete }),
  },
  { action: 'Complete Job', status: 'paused', run: (a, j) => completeJob(a, { jobId: j.jobId }) },
  { action: 'Cancel Job', status: 'scheduled', run: (a, j) => cancelJob(a, { jobId: j.jobId, reason: 'Not ours to cancel' }) },
  { action: 'Reopen Job', status: 'canceled', run: (a, j) => reopenJob(a, { jobId: j.jobId }) },
];

const ENTERPRISE_ACTIONS = new Set(['offer job', 'withdraw offer', 'request update', 'Cancel Job', 'Reopen Job']);
const FIELD_ACTIONS = new Set(['On My Way', 'Start Appointment', 'Complete Appointment']);

/** The users of other tenants who hold a role allowed to attempt the action. */
function intruders(action: string, target: 'acme' | 'other'): Actor[] {
  const enterprise = target === 'acme' ? [otherAdmin, otherStaff] : [acmeAdmin, acmeStaff];
  const dispatchers = target === 'acme' ? [farawayDispatcher, northsideDispatcher] : [boltDispatcher, northsideDispatcher];
  const technicians = target === 'acme' ? [farawayTech, northsideTech] : [boltTech, northsideTech];
  if (ENTERPRISE_ACTIONS.has(action)) return action === 'Cancel Job' || action === 'Reopen Job' ? [...enterprise, ...dispatchers] : enterprise;
  return FIELD_ACTIONS.has(action) ? [...dispatchers, ...technicians] : dispatchers;
}

describe('writes on another tenant’s job are not found and change nothing', () => {
  it.each(WRITES)('$action', async ({ action, status, run }) => {
    for (const [target, jobs] of [
      ['acme', acme],
      ['other', other],
    ] as const) {
      for (const actor of intruders(action, target)) {
        const error = await expectRefused('NOT_FOUND', () => run(actor, jobs[status]));
        expect(error.message).toBe('Job not found.');
      }
    }
  });

  it('a provider cannot act on an enterprise job offered to a different provider, or that it declined', async () => {
    await expectRefused('NOT_FOUND', () => acceptOffer(boltDispatcher, { jobId: offeredToNorthside.jobId }));
    await expectRefused('NOT_FOUND', () => declineOffer(boltDispatcher, { jobId: offeredToNorthside.jobId, reason: 'No availability' }));
    await expectRefused('NOT_FOUND', () => acceptOffer(boltDispatcher, { jobId: declinedByBolt.jobId }));
    await expectRefused('NOT_FOUND', () => cancelJob(boltDispatcher, { jobId: declinedByBolt.jobId, reason: 'Not ours' }));
    await expectRefused('NOT_FOUND', () => cancelJob(boltDispatcher, { jobId: offeredToNorthside.jobId, reason: 'Not ours' }));
  });

  it('a provider cannot act on a direct job of another provider, nor an enterprise on it', async () => {
    await expectRefused('NOT_FOUND', () => scheduleAppointment(northsideDispatcher, { jobId: boltDirect.jobId, ...tomorrowWindow() }));
    await expectRefused('NOT_FOUND', () => cancelJob(northsideDispatcher, { jobId: boltDirect.jobId, reason: 'Not ours' }));
    await expectRefused('NOT_FOUND', () => cancelJob(acmeAdmin, { jobId: boltDirect.jobId, reason: 'Not ours' }));
    await expectRefused('NOT_FOUND', () => getJobOrThrow(acmeAdmin, boltDirect.jobId));
  });

  it('an appointment of another tenant’s job cannot be reached through one’s own job', async () => {
    const own = await jobInStatus('scheduled');
    const foreign = other.scheduled.appointmentId!;
    const foreignStarted = other.in_progress.appointmentId!;

    for (const attempt of [
      () => rescheduleAppointment(boltDispatcher, { jobId: own.jobId, appointmentId: foreign, ...windowOn(2, '09:00', '11:00') }),
      () => reassignAppointment(boltDispatcher, { jobId: own.jobId, appointmentId: foreign, technicianId: '' }),
      () => cancelAppointment(boltDispatcher, { jobId: own.jobId, appointmentId: foreign }),
      () => markEnroute(boltDispatcher, { jobId: own.jobId, appointmentId: foreign, etaMinutes: 5 }),
      () => startAppointment(boltTech, { jobId: own.jobId, appointmentId: foreign }),
      () => completeAppointment(boltDispatcher, { jobId: own.jobId, appointmentId: foreignStarted, completeReasonId: reasonIds.acmeComplete }),
    ]) {
      const error = await expectRefused('NOT_FOUND', attempt);
      expect(error.message).toBe('Appointment not found.');
    }
  });
});

describe('references to another tenant’s records are refused', () => {
  it('a job cannot be created for another organization’s customer', async () => {
    const otherCustomerId = (await jobRow(other.unassigned.jobId)).customerId;
    const acmeCustomerId = (await jobRow(acme.unassigned.jobId)).customerId;

    const fromOther = await expectRefused('INVALID_INPUT', () => createJob(acmeAdmin, { ...newJobInput({ customerName: '' }), customerId: otherCustomerId }));
    const fromEnterprise = await expectRefused('INVALID_INPUT', () =>
      createDirectJob(boltDispatcher, { ...newJobInput({ customerName: '' }), customerId: acmeCustomerId }),
    );

    expect(fromOther.fieldErrors).toHaveProperty('customerId');
    expect(fromEnterprise.fieldErrors).toHaveProperty('customerId');
  });

  it('a job can only be offered to a provider of the owner’s own network', async () => {
    const { jobId } = await jobInStatus('unassigned');

    await expectRefused('INVALID_INPUT', () => offerJob(acmeAdmin, { jobId, providerId: orgIds.faraway }));
    await expectRefused('INVALID_INPUT', () => offerJob(otherAdmin, { jobId: other.unassigned.jobId, providerId: orgIds.bolt }));
    await expectRefused('INVALID_INPUT', () => createJob(acmeAdmin, { ...newJobInput(), offerToProviderId: orgIds.faraway }));
    await expectRefused('INVALID_INPUT', () => createJob(otherAdmin, { ...newJobInput(), offerToProviderId: orgIds.northside }));
  });

  it('a direct job’s first visit cannot go to another provider’s technician', async () => {
    await expectRefused('INVALID_INPUT', () => createDirectJob(northsideDispatcher, { ...newJobInput(), firstAppointment: tomorrowWindow(boltTech.userId) }));
  });
});

describe('a provider’s access follows its offers', () => {
  it('sees an offered job only while it is offered to them', async () => {
    const { jobId } = await jobInStatus('offered');
    const canSee = async (actor: Actor) => (await getJobOrThrow(actor, jobId).then(() => true, () => false)) && (await findJobs(actor, { limit: 200 })).jobs.some((j) => j.id === jobId);

    expect(await canSee(boltDispatcher)).toBe(true);
    expect(await canSee(northsideDispatcher)).toBe(false);
    expect(await canSee(boltTech)).toBe(false);

    await declineOffer(boltDispatcher, { jobId, reason: 'Other', note: 'Van in the shop' });
    expect(await canSee(boltDispatcher)).toBe(false);

    await offerJob(acmeAdmin, { jobId, providerId: orgIds.northside });
    expect(await canSee(northsideDispatcher)).toBe(true);
    expect(await canSee(boltDispatcher)).toBe(false);

    await withdrawOffer(acmeStaff, { jobId });
    expect(await canSee(northsideDispatcher)).toBe(false);

    await offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt });
    expect(await canSee(boltDispatcher)).toBe(true);
    await cancelJob(acmeAdmin, { jobId, reason: 'Customer fixed it' });
    expect(await canSee(boltDispatcher)).toBe(false);
    expect(await canSee(acmeAdmin)).toBe(true);
  });

  it('keeps a job it accepted, including after it is canceled', async () => {
    const { jobId } = await jobInStatus('scheduled');
    await cancelJob(acmeAdmin, { jobId, reason: 'Customer moved' });

    expect((await getJobOrThrow(boltDispatcher, jobId)).job.status).toBe('canceled');
    expect((await getJobOrThrow(boltTech, jobId)).job.status).toBe('canceled');
  });

  it('sees the customer’s phone and email only after accepting', async () => {
    const { jobId } = await jobInStatus('offered');

    const offered = await getJobOrThrow(boltDispatcher, jobId);
    expect(offered.customer).toMatchObject({ name: CUSTOMER.name, phone: null, email: null });
    // Not anywhere else in what the page receives either.
    const listed = (await findJobs(boltDispatcher, { limit: 200 })).jobs.find((j) => j.id === jobId);
    expect(listed).toBeDefined();
    for (const serialized of [JSON.stringify(offered), JSON.stringify(listed)]) {
      expect(serialized).not.toContain('5125550143');
      expect(serialized).not.toContain(CUSTOMER.email);
    }

    await acceptOffer(boltDispatcher, { jobId });
    expect((await getJobOrThrow(boltDispatcher, jobId)).customer).toMatchObject({ phone: CUSTOMER.phone, email: CUSTOMER.email });
    expect((await getJobOrThrow(acmeAdmin, jobId)).customer).toMatchObject({ phone: CUSTOMER.phone, email: CUSTOMER.email });
  });

  it('sees its own offers in the timeline, never another provider’s', async () => {
    const { jobId } = await jobInStatus('offered', { team: acmeNorthside });
    await declineOffer(northsideDispatcher, { jobId, reason: 'Price too low' });
    await offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt });

    const detail = await getJobOrThrow(boltDispatcher, jobId);

    expect(detail.offers.map((o) => o.providerId)).toEqual([orgIds.bolt]);
    expect(JSON.stringify(detail.events)).not.toContain('Price too low');
    expect(JSON.stringify(detail.events)).not.toContain(orgIds.northside);
    expect(detail.events.map((e) => e.type)).toEqual(['job.created', 'offer.created']);
    expect((await getJobOrThrow(acmeAdmin, jobId)).events.map((e) => e.type)).toEqual([
      'job.created',
      'offer.created',
      'offer.declined',
      'offer.created',
    ]);
  });

  it('a technician sees a job only through a visit assigned to them, and only that visit', async () => {
    const { jobId, appointmentId } = await jobInStatus('unscheduled').then(async (j) => {
      const { result } = await scheduleAppointment(boltDispatcher, { jobId: j.jobId, ...tomorrowWindow(boltTech.userId) });
      return { jobId: j.jobId, appointmentId: result.appointmentId };
    });
    await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(2, '09:00', '11:00', boltTech2.userId) });

    expect((await getJobOrThrow(boltTech, jobId)).appointments.map((a) => a.id)).toEqual([appointmentId]);
    const tina = await getJobOrThrow(boltTech2, jobId);
    expect(tina.appointments.map((a) => a.id)).not.toContain(appointmentId);
    // Nor anything that would reach Tom's visit: its id, or the customer's private tracking link for it.
    const { trackingToken } = (await getJobOrThrow(boltDispatcher, jobId)).appointments.find((a) => a.id === appointmentId)!;
    expect(JSON.stringify(tina)).not.toContain(trackingToken);
    expect(JSON.stringify(tina)).not.toContain(appointmentId);
    await reassignAppointment(boltDispatcher, { jobId, appointmentId, technicianId: boltTech2.userId });
    expect((await appErrorOf(getJobOrThrow(boltTech, jobId))).code).toBe('NOT_FOUND');
  });
});
