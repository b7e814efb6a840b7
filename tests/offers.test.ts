import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { now, setClock } from '@/lib/server/clock';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { expireDueOffers } from '@/lib/server/offers/expire-offers';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import {
  acmeAdmin,
  acmeStaff,
  boltDispatcher,
  eventBy,
  expectRefused,
  jobInStatus,
  jobRow,
  offersOf,
  orgIds,
  outboxOf,
  recordChange,
  seedWorld,
  tomorrowWindow,
  windowOn,
} from './support/fixtures';

beforeAll(() => seedWorld());
afterEach(() => setClock(null));

describe('offering', () => {
  it('records who offered it, to whom, and when it expires', async () => {
    setClock(() => new Date('2030-05-01T14:00:00Z'));
    const { jobId } = await jobInStatus('unassigned');

    await offerJob(acmeStaff, { jobId, providerId: orgIds.bolt, expiresInHours: 4 });

    expect(await offersOf(jobId)).toEqual([
      expect.objectContaining({
        providerId: orgIds.bolt,
        status: 'pending',
        offeredById: acmeStaff.userId,
        offeredAt: new Date('2030-05-01T14:00:00Z'),
        expiresAt: new Date('2030-05-01T18:00:00Z'),
      }),
    ]);
  });

  it('a job can have one open offer at a time: offering an offered job is refused, and nothing changes', async () => {
    const { jobId } = await jobInStatus('offered');

    await expectRefused('CONFLICT', () => offerJob(acmeAdmin, { jobId, providerId: orgIds.northside }));
  });

  it('a provider that is not in the network is refused, and nothing changes', async () => {
    const { jobId } = await jobInStatus('unassigned');

    const error = await expectRefused('INVALID_INPUT', () => offerJob(acmeAdmin, { jobId, providerId: orgIds.faraway }));
    expect(error.fieldErrors).toHaveProperty('providerId');
    // An enterprise is not a provider, even one's own.
    await expectRefused('INVALID_INPUT', () => offerJob(acmeAdmin, { jobId, providerId: orgIds.acme }));
  });

  it('only an offered job can have its offer withdrawn', async () => {
    const unassigned = await jobInStatus('unassigned');
    const accepted = await jobInStatus('unscheduled');

    await expectRefused('CONFLICT', () => withdrawOffer(acmeAdmin, { jobId: unassigned.jobId }));
    await expectRefused('CONFLICT', () => withdrawOffer(acmeAdmin, { jobId: accepted.jobId }));
  });
});

describe('answering an offer', () => {
  it('an offer is answered once: accepting or declining again is refused, and nothing changes', async () => {
    const accepted = await jobInStatus('offered');
    await acceptOffer(boltDispatcher, { jobId: accepted.jobId });

    await expectRefused('CONFLICT', () => acceptOffer(boltDispatcher, { jobId: accepted.jobId }));
    await expectRefused('CONFLICT', () => declineOffer(boltDispatcher, { jobId: accepted.jobId, reason: 'No availability' }));
    expect(await offersOf(accepted.jobId)).toEqual([expect.objectContaining({ status: 'accepted' })]);
  });

  it('until it accepts, a provider may only answer the offer: working on the job is refused', async () => {
    const { jobId } = await jobInStatus('offered');

    await expectRefused('FORBIDDEN', () => scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow() }));
    await expectRefused('FORBIDDEN', () => cancelJob(boltDispatcher, { jobId, reason: 'We would rather not' }));
    expect((await getJobOrThrow(boltDispatcher, jobId)).actions.sort()).toEqual(['accept_offer', 'decline_offer']);
  });

  it('"Other" needs a note, and the note is kept with the reason', async () => {
    const { jobId } = await jobInStatus('offered');

    await declineOffer(boltDispatcher, { jobId, reason: 'Other', note: 'Our only plumber is on leave' });

    expect(await offersOf(jobId)).toEqual([
      expect.objectContaining({ status: 'declined', declineReason: 'Other: Our only plumber is on leave', respondedById: boltDispatcher.userId }),
    ]);
  });

  it('a provider that declined can be offered the job again and accept it', async () => {
    const { jobId } = await jobInStatus('offered');
    await declineOffer(boltDispatcher, { jobId, reason: 'No availability' });
    await offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt });

    const { status } = await acceptOffer(boltDispatcher, { jobId });

    expect(status).toBe('unscheduled');
    expect((await offersOf(jobId)).map((o) => o.status)).toEqual(['declined', 'accepted']);
  });

  it('an offer past its expiry can no longer be accepted', async () => {
    const start = now();
    const { jobId } = await jobInStatus('unassigned');
    await offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt, expiresInHours: 1 });
    setClock(() => new Date(start.getTime() + 2 * 3_600_000));

    await expectRefused('CONFLICT', () => acceptOffer(boltDispatcher, { jobId }));
  });
});

describe('offer expiry', () => {
  it('an unanswered offer expires on time: the job is Unassigned again, the provider loses it, the system is the actor', async () => {
    const start = now();
    const { jobId } = await jobInStatus('unassigned');
    await offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt, expiresInHours: 4 });
    const offered = await jobRow(jobId);

    setClock(() => new Date(start.getTime() + 3 * 3_600_000));
    await expireDueOffers();
    expect(await jobRow(jobId)).toMatchObject({ status: 'offered', version: offered.version });

    setClock(() => new Date(start.getTime() + 5 * 3_600_000));
    const { events, after } = await recordChange(jobId, () => expireDueOffers());
    expect(after.status).toBe('unassigned');
    expect(events).toEqual([
      expect.objectContaining({ type: 'offer.expired', fromStatus: 'offered', toStatus: 'unassigned', actorUserId: null, actorName: 'System', actorRole: null, source: 'system' }),
    ]);
    expect(events[0]!.details).toMatchObject({ providerId: orgIds.bolt, providerName: 'Bolt' });
    expect((await offersOf(jobId)).map((o) => o.status)).toEqual(['expired']);
    await expectRefused('NOT_FOUND', () => getJobOrThrow(boltDispatcher, jobId));

    const again = await recordChange(jobId, () => expireDueOffers());
    expect(again.events).toEqual([]);
    expect(again.after.version).toBe(after.version);
  });

  it('leaves an offer alone once it is answered, and one offered with no time limit', async () => {
    const start = now();
    const answered = await jobInStatus('unassigned');
    await offerJob(acmeAdmin, { jobId: answered.jobId, providerId: orgIds.bolt, expiresInHours: 1 });
    await acceptOffer(boltDispatcher, { jobId: answered.jobId });
    const open = await jobInStatus('unassigned');
    await offerJob(acmeAdmin, { jobId: open.jobId, providerId: orgIds.bolt, expiresInHours: '' });

    setClock(() => new Date(start.getTime() + 30 * 24 * 3_600_000));
    await expireDueOffers();

    expect((await jobRow(answered.jobId)).status).toBe('unscheduled');
    expect((await jobRow(open.jobId)).status).toBe('offered');
    expect((await offersOf(open.jobId))[0]!.expiresAt).toBeNull();
  });

  it('refuses an answer time of zero or over 14 days, and changes nothing', async () => {
    const { jobId } = await jobInStatus('unassigned');
    for (const expiresInHours of [0, 24 * 14 + 1, 'soon']) {
      await expectRefused('INVALID_INPUT', () => offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt, expiresInHours: expiresInHours as number }));
    }
    expect(await offersOf(jobId)).toEqual([]);
  });
});

describe('Request Update', () => {
  it('asks the holding provider’s dispatchers by email, logs it, and leaves the status alone', async () => {
    const { jobId } = await jobInStatus('scheduled');

    const { events, before, after } = await recordChange(jobId, () => requestUpdate(acmeStaff, { jobId, message: 'Customer is asking' }));

    expect(events).toEqual([eventBy(acmeStaff, 'job.update_requested', 'scheduled', 'scheduled')]);
    expect(events[0]!.details).toEqual({ message: 'Customer is asking' });
    expect(after.version).toBe(before.version + 1);
    expect(after.updateRequestedAt).toBeInstanceOf(Date);
    const emails = (await outboxOf(jobId)).filter((m) => m.kind === 'job.update_requested');
    expect(emails).toEqual([expect.objectContaining({ channel: 'email', recipient: 'dana@bolt.test' })]);
    expect(emails[0]!.body).toContain('Customer is asking');
  });

  it('reaches the provider an offer is waiting on', async () => {
    const { jobId } = await jobInStatus('offered');

    await requestUpdate(acmeAdmin, { jobId });

    expect((await outboxOf(jobId)).map((m) => [m.channel, m.recipient])).toEqual([['email', 'dana@bolt.test']]);
  });

  it('is answered when the provider next acts on the job', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    await requestUpdate(acmeAdmin, { jobId });

    await rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(2, '10:00', '12:00') });

    expect((await jobRow(jobId)).updateRequestedAt).toBeNull();
  });

  it('is refused while nobody has the job', async () => {
    const { jobId } = await jobInStatus('unassigned');

    await expectRefused('CONFLICT', () => requestUpdate(acmeAdmin, { jobId }));
  });
});
