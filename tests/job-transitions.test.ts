import { beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '@/lib/domain/statuses';
import type { Actor } from '@/lib/server/actor';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { offerJob } from '@/lib/server/offers/offer-job';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import {
  acmeAdmin,
  acmeStaff,
  appErrorOf,
  appointmentRow,
  appointmentsOf,
  boltDispatcher,
  boltTech,
  eventBy,
  eventsOf,
  jobInStatus,
  jobRow,
  newJobInput,
  northsideDispatcher,
  offersOf,
  orgIds,
  reasonIds,
  recordChange,
  seedWorld,
  tomorrowWindow,
  windowOn,
  withSource,
} from './support/fixtures';

beforeAll(() => seedWorld());

type Step = { actor: Actor; type: string; from: JobStatus; to: JobStatus };

/** One action on an existing job: the stored status, exactly one activity event, and a new version. */
async function expectStep<T extends { status: JobStatus; previousStatus: JobStatus }>(jobId: string, step: Step, run: () => Promise<T>) {
  const change = await recordChange(jobId, run);
  expect(change.before.status).toBe(step.from);
  expect(change.result).toMatchObject({ previousStatus: step.from, status: step.to });
  expect(change.after.status).toBe(step.to);
  expect(change.events).toEqual([eventBy(step.actor, step.type, step.from, step.to)]);
  expect(change.events[0]!.jobId).toBe(jobId);
  expect(change.after.version).toBe(change.before.version + 1);
  return change;
}

describe('creating a job', () => {
  it('— → Offered: an enterprise creates a job and offers it in one step', async () => {
    const created = await createJob(acmeStaff, { ...newJobInput(), offerToProviderId: orgIds.bolt });

    expect(created.status).toBe('offered');
    const job = await jobRow(created.jobId);
    expect(job).toMatchObject({ status: 'offered', organizationId: orgIds.acme, providerId: null, isDirect: false, version: 1 });
    expect(await eventsOf(created.jobId)).toEqual([
      eventBy(acmeStaff, 'job.created', null, 'unassigned'),
      eventBy(acmeStaff, 'offer.created', 'unassigned', 'offered'),
    ]);
    expect(await offersOf(created.jobId)).toEqual([expect.objectContaining({ providerId: orgIds.bolt, status: 'pending', offeredById: acmeStaff.userId })]);
  });

  it('— → Unassigned: an enterprise job that is not offered yet', async () => {
    const created = await createJob(acmeAdmin, newJobInput());

    expect(created.status).toBe('unassigned');
    expect(await jobRow(created.jobId)).toMatchObject({ status: 'unassigned', providerId: null, version: 1 });
    expect(await eventsOf(created.jobId)).toEqual([eventBy(acmeAdmin, 'job.created', null, 'unassigned')]);
    expect(await offersOf(created.jobId)).toEqual([]);
  });

  it('— → Unscheduled: a provider creates a direct job with no appointment', async () => {
    const created = await createDirectJob(boltDispatcher, newJobInput());

    expect(created.status).toBe('unscheduled');
    expect(await jobRow(created.jobId)).toMatchObject({
      status: 'unscheduled',
      organizationId: orgIds.bolt,
      providerId: orgIds.bolt,
      isDirect: true,
      version: 1,
    });
    expect(await eventsOf(created.jobId)).toEqual([eventBy(boltDispatcher, 'job.created', null, 'unscheduled')]);
    expect(await appointmentsOf(created.jobId)).toEqual([]);
  });

  it('— → Scheduled: a provider creates a direct job with its first appointment', async () => {
    const created = await createDirectJob(boltDispatcher, { ...newJobInput(), firstAppointment: tomorrowWindow(boltTech.userId) });

    expect(created.status).toBe('scheduled');
    expect(await jobRow(created.jobId)).toMatchObject({ status: 'scheduled', isDirect: true });
    const visits = await appointmentsOf(created.jobId);
    expect(visits).toEqual([expect.objectContaining({ status: 'scheduled', technicianId: boltTech.userId })]);
    expect(await eventsOf(created.jobId)).toEqual([
      eventBy(boltDispatcher, 'job.created', null, 'unscheduled'),
      eventBy(boltDispatcher, 'appointment.scheduled', 'unscheduled', 'scheduled', { appointmentId: visits[0]!.id }),
    ]);
  });
});

describe('responding to an offer', () => {
  it('Offered → Unscheduled: the provider accepts', async () => {
    const { jobId } = await jobInStatus('offered');

    await expectStep(jobId, { actor: boltDispatcher, type: 'offer.accepted', from: 'offered', to: 'unscheduled' }, () =>
      acceptOffer(boltDispatcher, { jobId }),
    );

    expect(await jobRow(jobId)).toMatchObject({ providerId: orgIds.bolt });
    expect(await offersOf(jobId)).toEqual([expect.objectContaining({ status: 'accepted', respondedById: boltDispatcher.userId })]);
  });

  it('Offered → Scheduled: the provider accepts and books the first visit in the same step', async () => {
    const { jobId } = await jobInStatus('offered');

    const { result, events } = await expectStep(jobId, { actor: boltDispatcher, type: 'offer.accepted', from: 'offered', to: 'scheduled' }, () =>
      acceptOffer(boltDispatcher, { jobId, firstAppointment: tomorrowWindow(boltTech.userId) }),
    );

    const visit = await appointmentRow(result.result.appointmentId!);
    expect(visit).toMatchObject({ jobId, status: 'scheduled', technicianId: boltTech.userId });
    expect(events[0]!.appointmentId).toBe(visit.id);
  });

  it('Offered → Unassigned: the provider declines with a reason and loses access', async () => {
    const { jobId } = await jobInStatus('offered');

    await expectStep(jobId, { actor: boltDispatcher, type: 'offer.declined', from: 'offered', to: 'unassigned' }, () =>
      declineOffer(boltDispatcher, { jobId, reason: 'No availability' }),
    );

    expect(await offersOf(jobId)).toEqual([expect.objectContaining({ status: 'declined', declineReason: 'No availability' })]);
    expect((await appErrorOf(getJobOrThrow(boltDispatcher, jobId))).code).toBe('NOT_FOUND');
    expect((await getJobOrThrow(acmeAdmin, jobId)).job.status).toBe('unassigned');
  });

  it('Offered → Unassigned: the enterprise withdraws the offer', async () => {
    const { jobId } = await jobInStatus('offered');

    await expectStep(jobId, { actor: acmeAdmin, type: 'offer.withdrawn', from: 'offered', to: 'unassigned' }, () =>
      withdrawOffer(acmeAdmin, { jobId }),
    );

    expect(await offersOf(jobId)).toEqual([expect.objectContaining({ status: 'withdrawn' })]);
  });

  it('Unassigned → Offered: after a decline the enterprise offers the job to another provider', async () => {
    const { jobId } = await jobInStatus('offered');
    await declineOffer(boltDispatcher, { jobId, reason: 'Outside our service area' });

    await expectStep(jobId, { actor: acmeAdmin, type: 'offer.created', from: 'unassigned', to: 'offered' }, () =>
      offerJob(acmeAdmin, { jobId, providerId: orgIds.northside }),
    );

    expect((await offersOf(jobId)).map((o) => [o.providerId, o.status])).toEqual([
      [orgIds.bolt, 'declined'],
      [orgIds.northside, 'pending'],
    ]);
    expect((await getJobOrThrow(northsideDispatcher, jobId)).job.status).toBe('offered');
  });
});

describe('visits drive the job', () => {
  it('Unscheduled → Scheduled: an appointment is scheduled', async () => {
    const { jobId } = await jobInStatus('unscheduled');

    const { result } = await expectStep(jobId, { actor: boltDispatcher, type: 'appointment.scheduled', from: 'unscheduled', to: 'scheduled' }, () =>
      scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow(boltTech.userId) }),
    );

    expect(await appointmentRow(result.result.appointmentId)).toMatchObject({ status: 'scheduled', technicianId: boltTech.userId });
  });

  it('Scheduled → Unscheduled: the last open appointment is canceled', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await expectStep(jobId, { actor: boltDispatcher, type: 'appointment.canceled', from: 'scheduled', to: 'unscheduled' }, () =>
      cancelAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, reason: 'Customer asked to rebook' }),
    );

    expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'canceled', cancelReason: 'Customer asked to rebook' });
  });

  it('Scheduled stays Scheduled when one of two open appointments is canceled', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(2, '13:00', '15:00', boltTech.userId) });

    await expectStep(jobId, { actor: boltDispatcher, type: 'appointment.canceled', from: 'scheduled', to: 'scheduled' }, () =>
      cancelAppointment(boltDispatcher, { jobId, appointmentId: appointmentId! }),
    );
  });

  it('Scheduled → In Progress: the technician presses On My Way', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await expectStep(jobId, { actor: boltTech, type: 'appointment.enroute', from: 'scheduled', to: 'in_progress' }, () =>
      markEnroute(boltTech, { jobId, appointmentId: appointmentId!, etaMinutes: 20 }),
    );

    expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'enroute', etaMinutes: 20 });
  });

  it('Scheduled → In Progress: the technician presses Start Appointment', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await expectStep(jobId, { actor: boltTech, type: 'appointment.started', from: 'scheduled', to: 'in_progress' }, () =>
      startAppointment(boltTech, { jobId, appointmentId: appointmentId! }),
    );

    expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'started', startedAt: expect.any(Date) });
  });

  it('Scheduled → Complete: a dispatcher completes the visit as backup with a completing reason', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await expectStep(jobId, { actor: boltDispatcher, type: 'appointment.completed', from: 'scheduled', to: 'complete' }, () =>
      completeAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete }),
    );

    expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'complete', completeReasonId: reasonIds.acmeComplete });
  });

  it('In Progress → Complete: the technician completes the visit with a completing reason', async () => {
    const { jobId, appointmentId } = await jobInStatus('in_progress');

    await expectStep(jobId, { actor: boltTech, type: 'appointment.completed', from: 'in_progress', to: 'complete' }, () =>
      completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete, note: 'Replaced the cartridge' }),
    );

    expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'complete', note: 'Replaced the cartridge', completedAt: expect.any(Date) });
  });

  it('In Progress → Paused: the technician completes the visit with a pausing reason', async () => {
    const { jobId, appointmentId } = await jobInStatus('in_progress');

    await expectStep(jobId, { actor: boltTech, type: 'appointment.completed', from: 'in_progress', to: 'paused' }, () =>
      completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmePause }),
    );
  });

  it('In Progress → Complete on a direct job, with a reason of the provider’s own list', async () => {
    const { jobId, appointmentId } = await jobInStatus('in_progress', { direct: true });

    await expectStep(jobId, { actor: boltTech, type: 'appointment.completed', from: 'in_progress', to: 'complete' }, () =>
      completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.boltComplete }),
    );
  });

  it('Paused → Scheduled: a new appointment is scheduled', async () => {
    const { jobId } = await jobInStatus('paused');

    await expectStep(jobId, { actor: boltDispatcher, type: 'appointment.scheduled', from: 'paused', to: 'scheduled' }, () =>
      scheduleAppointment(boltDispatcher, { jobId, ...windowOn(3, '08:00', '10:00', boltTech.userId) }),
    );
  });

  it('Paused → Complete: the dispatcher presses Complete Job', async () => {
    const { jobId } = await jobInStatus('paused');

    await expectStep(jobId, { actor: boltDispatcher, type: 'job.completed', from: 'paused', to: 'complete' }, () =>
      completeJob(boltDispatcher, { jobId, note: 'Customer will finish the job themselves' }),
    );

    expect((await jobRow(jobId)).completedAt).toBeInstanceOf(Date);
  });

  it('Complete → Scheduled: a new appointment reopens a complete job', async () => {
    const { jobId } = await jobInStatus('complete');

    await expectStep(jobId, { actor: boltDispatcher, type: 'appointment.scheduled', from: 'complete', to: 'scheduled' }, () =>
      scheduleAppointment(boltDispatcher, { jobId, ...windowOn(3, '08:00', '10:00', boltTech.userId) }),
    );
  });

  it('Complete → Scheduled → Complete: canceling the reopening visit returns the job to Complete', async () => {
    const { jobId } = await jobInStatus('complete');
    const { result } = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(3, '08:00', '10:00') });

    await expectStep(jobId, { actor: boltDispatcher, type: 'appointment.canceled', from: 'scheduled', to: 'complete' }, () =>
      cancelAppointment(boltDispatcher, { jobId, appointmentId: result.appointmentId }),
    );
  });

  it('Complete (by Complete Job) → Scheduled → Complete: canceling the reopening visit returns the job to Complete', async () => {
    const { jobId } = await jobInStatus('paused');
    await completeJob(boltDispatcher, { jobId });
    const { result } = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(3, '08:00', '10:00') });

    // The canceled visit never happened; the dispatcher's Complete Job still stands.
    await expectStep(jobId, { actor: boltDispatcher, type: 'appointment.canceled', from: 'scheduled', to: 'complete' }, () =>
      cancelAppointment(boltDispatcher, { jobId, appointmentId: result.appointmentId }),
    );
  });
});

describe('Cancel Job and Reopen Job', () => {
  const OPEN: JobStatus[] = ['unassigned', 'offered', 'unscheduled', 'scheduled', 'in_progress', 'paused'];

  it.each(OPEN)('%s → Canceled: the enterprise cancels the job', async (from) => {
    const { jobId } = await jobInStatus(from);

    await expectStep(jobId, { actor: acmeAdmin, type: 'job.canceled', from, to: 'canceled' }, () =>
      cancelJob(acmeAdmin, { jobId, reason: 'Duplicate request' }),
    );

    expect(await jobRow(jobId)).toMatchObject({ cancelReason: 'Duplicate request', canceledAt: expect.any(Date) });
    // Nothing stays open on a canceled job: its visits and its offer end with it.
    expect((await appointmentsOf(jobId)).filter((a) => a.status !== 'canceled' && a.status !== 'complete')).toEqual([]);
    expect((await offersOf(jobId)).filter((o) => o.status === 'pending')).toEqual([]);
  });

  it.each(['unscheduled', 'scheduled', 'in_progress', 'paused'] as const)('%s → Canceled: the provider’s dispatcher cancels a direct job', async (from) => {
    const { jobId } = await jobInStatus(from, { direct: true });

    await expectStep(jobId, { actor: boltDispatcher, type: 'job.canceled', from, to: 'canceled' }, () =>
      cancelJob(boltDispatcher, { jobId, reason: 'Customer moved away' }),
    );
  });

  it('Canceled → Unscheduled: reopening an accepted job; the canceled appointments stay canceled', async () => {
    const { jobId, appointmentId } = await jobInStatus('canceled');
    expect((await appointmentRow(appointmentId!)).status).toBe('canceled');

    await expectStep(jobId, { actor: acmeAdmin, type: 'job.reopened', from: 'canceled', to: 'unscheduled' }, () => reopenJob(acmeAdmin, { jobId }));

    expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'canceled' });
    expect(await jobRow(jobId)).toMatchObject({ canceledAt: null, cancelReason: null, reopenedAt: expect.any(Date) });
  });

  it('Canceled → Unscheduled: a job canceled while Paused no longer counts the earlier visit', async () => {
    const { jobId } = await jobInStatus('paused');
    await cancelJob(acmeAdmin, { jobId, reason: 'On hold' });

    await expectStep(jobId, { actor: acmeStaff, type: 'job.reopened', from: 'canceled', to: 'unscheduled' }, () => reopenJob(acmeStaff, { jobId }));
  });

  it('Canceled → Unscheduled: the provider reopens its direct job', async () => {
    const { jobId } = await jobInStatus('canceled', { direct: true });

    await expectStep(jobId, { actor: boltDispatcher, type: 'job.reopened', from: 'canceled', to: 'unscheduled' }, () =>
      reopenJob(boltDispatcher, { jobId }),
    );
  });

  it('Canceled → Unassigned: reopening an enterprise job that was never offered', async () => {
    const { jobId } = await jobInStatus('unassigned');
    await cancelJob(acmeAdmin, { jobId, reason: 'Entered by mistake' });

    await expectStep(jobId, { actor: acmeAdmin, type: 'job.reopened', from: 'canceled', to: 'unassigned' }, () => reopenJob(acmeAdmin, { jobId }));
  });

  it('Canceled → Unassigned → Offered: a job canceled while offered comes back without its withdrawn offer, and can be offered again', async () => {
    const { jobId } = await jobInStatus('offered');
    await cancelJob(acmeAdmin, { jobId, reason: 'Customer postponed' });
    expect(await offersOf(jobId)).toEqual([expect.objectContaining({ status: 'withdrawn' })]);

    await expectStep(jobId, { actor: acmeAdmin, type: 'job.reopened', from: 'canceled', to: 'unassigned' }, () => reopenJob(acmeAdmin, { jobId }));
    await expectStep(jobId, { actor: acmeAdmin, type: 'offer.created', from: 'unassigned', to: 'offered' }, () =>
      offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt }),
    );
  });

  it('Complete is not an open status: Cancel Job is refused and nothing changes', async () => {
    const { jobId } = await jobInStatus('complete');
    const before = await jobRow(jobId);

    const error = await appErrorOf(cancelJob(acmeAdmin, { jobId, reason: 'Too late' }));

    expect(error.code).toBe('CONFLICT');
    expect(await jobRow(jobId)).toEqual(before);
  });
});

describe('activity events', () => {
  it('record the source the actor acted from', async () => {
    const { jobId } = await jobInStatus('offered');
    const api = withSource(boltDispatcher, 'api');

    const { events } = await recordChange(jobId, () => acceptOffer(api, { jobId }));

    expect(events).toEqual([eventBy(api, 'offer.accepted', 'offered', 'unscheduled')]);
    expect(events[0]!.source).toBe('api');
  });

  it('a job’s whole life reads as one unbroken chain of status changes', async () => {
    const { jobId, appointmentId } = await jobInStatus('paused');
    await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(4, '09:00', '12:00', boltTech.userId) });
    await cancelJob(acmeAdmin, { jobId, reason: 'Customer hired someone else' });
    await reopenJob(acmeAdmin, { jobId });

    const events = await eventsOf(jobId);
    expect(events.map((e) => e.type)).toEqual([
      'job.created',
      'offer.created',
      'offer.accepted',
      'appointment.scheduled',
      'appointment.started',
      'appointment.completed',
      'appointment.scheduled',
      'job.canceled',
      'job.reopened',
    ]);
    for (const [i, event] of events.entries()) {
      if (i > 0) expect(event.fromStatus).toBe(events[i - 1]!.toStatus);
    }
    expect(events.at(-1)!.toStatus).toBe((await jobRow(jobId)).status);
    expect(events.filter((e) => e.appointmentId === appointmentId).map((e) => e.type)).toEqual([
      'appointment.scheduled',
      'appointment.started',
      'appointment.completed',
    ]);
  });
});
