import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { findMyAppointments } from '@/lib/server/appointments/find-my-appointments';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { setClock } from '@/lib/server/clock';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import {
  acmeAdmin,
  acmeNorthside,
  appointmentRow,
  boltDispatcher,
  boltFormerTech,
  boltTech,
  boltTech2,
  eventBy,
  expectRefused,
  farawayTech,
  jobInStatus,
  jobRow,
  newJobInput,
  northsideTech,
  reasonIds,
  recordChange,
  seedWorld,
  tomorrowWindow,
  windowOn,
} from './support/fixtures';

beforeAll(() => seedWorld());
afterEach(() => setClock(null));

describe('the arrival window', () => {
  const invalid = [
    { problem: 'ends before it starts', window: () => windowOn(1, '11:00', '09:00'), field: 'windowEnd' },
    { problem: 'ends when it starts', window: () => windowOn(1, '09:00', '09:00'), field: 'windowEnd' },
    { problem: 'is longer than 12 hours', window: () => windowOn(1, '06:00', '18:01'), field: 'windowEnd' },
    { problem: 'is in the past', window: () => windowOn(-1, '09:00', '11:00'), field: 'date' },
    { problem: 'has an impossible date', window: () => ({ ...windowOn(1, '09:00', '11:00'), date: '2031-02-30' }), field: 'date' },
    { problem: 'has a start time that is not HH:MM', window: () => windowOn(1, '9am', '11:00'), field: 'windowStart' },
    { problem: 'has no end time', window: () => windowOn(1, '09:00', ''), field: 'windowEnd' },
  ];

  it.each(invalid)('is refused when it $problem, and nothing changes', async ({ window, field }) => {
    const { jobId } = await jobInStatus('unscheduled');

    const error = await expectRefused('INVALID_INPUT', () => scheduleAppointment(boltDispatcher, { jobId, ...window() }));

    expect(error.fieldErrors).toHaveProperty(field);
    expect(error.fieldErrors![field]![0]).toEqual(expect.any(String));
  });

  it('may be exactly 12 hours long', async () => {
    const { jobId } = await jobInStatus('unscheduled');

    const { result } = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(1, '06:00', '18:00') });

    const visit = await appointmentRow(result.appointmentId);
    expect(visit.windowEnd.getTime() - visit.windowStart.getTime()).toBe(12 * 3_600_000);
  });

  it('is read in the service address’s time zone', async () => {
    // 2030-03-12 is after the DST change: America/Chicago is UTC-5 that day.
    setClock(() => new Date('2030-03-11T12:00:00Z'));
    const { jobId } = await jobInStatus('unscheduled');

    const { result } = await scheduleAppointment(boltDispatcher, { jobId, date: '2030-03-12', windowStart: '08:00', windowEnd: '10:30' });

    expect(await appointmentRow(result.appointmentId)).toMatchObject({
      windowStart: new Date('2030-03-12T13:00:00Z'),
      windowEnd: new Date('2030-03-12T15:30:00Z'),
    });
  });

  it('may be today while it has not ended; once its end has passed it is refused', async () => {
    setClock(() => new Date('2030-03-12T15:00:00Z')); // 10:00 in Chicago
    const { jobId } = await jobInStatus('unscheduled');

    await scheduleAppointment(boltDispatcher, { jobId, date: '2030-03-12', windowStart: '09:00', windowEnd: '11:00' });
    const error = await expectRefused('INVALID_INPUT', () =>
      scheduleAppointment(boltDispatcher, { jobId, date: '2030-03-12', windowStart: '08:00', windowEnd: '10:00' }),
    );
    expect(error.fieldErrors).toHaveProperty('date');
  });

  it('is checked the same way when rescheduling, accepting with a first visit and creating a direct job', async () => {
    const backwards = windowOn(1, '15:00', '13:00');
    const scheduled = await jobInStatus('scheduled');
    const offered = await jobInStatus('offered');

    for (const attempt of [
      () => rescheduleAppointment(boltDispatcher, { jobId: scheduled.jobId, appointmentId: scheduled.appointmentId!, ...backwards }),
      () => acceptOffer(boltDispatcher, { jobId: offered.jobId, firstAppointment: backwards }),
      () => createDirectJob(boltDispatcher, { ...newJobInput(), firstAppointment: backwards }),
    ]) {
      const error = await expectRefused('INVALID_INPUT', attempt);
      expect(error.fieldErrors).toHaveProperty('windowEnd');
    }
  });
});

describe('the technician of a visit', () => {
  const notAssignable = [
    { who: 'a technician of another provider in the same network', id: () => northsideTech.userId },
    { who: 'a technician of another enterprise’s provider', id: () => farawayTech.userId },
    { who: 'a deactivated technician', id: () => boltFormerTech.userId },
    { who: 'a dispatcher', id: () => boltDispatcher.userId },
    { who: 'nobody at all', id: () => '20000000-0000-4000-8000-999999999999' },
  ];

  it.each(notAssignable)('is refused when it is $who, and nothing changes', async ({ id }) => {
    const { jobId } = await jobInStatus('unscheduled');

    const error = await expectRefused('INVALID_INPUT', () => scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow(id()) }));

    expect(error.fieldErrors).toHaveProperty('technicianId');
  });

  it('of another provider is refused when rescheduling, reassigning or accepting with a first visit', async () => {
    const scheduled = await jobInStatus('scheduled');
    const offered = await jobInStatus('offered');
    const { jobId, appointmentId } = scheduled;

    for (const attempt of [
      () => rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(2, '09:00', '11:00', northsideTech.userId) }),
      () => reassignAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, technicianId: northsideTech.userId }),
      () => acceptOffer(boltDispatcher, { jobId: offered.jobId, firstAppointment: tomorrowWindow(northsideTech.userId) }),
    ]) {
      const error = await expectRefused('INVALID_INPUT', attempt);
      expect(error.fieldErrors).toHaveProperty('technicianId');
    }
  });

  it('may be left open: the visit is scheduled without a technician', async () => {
    const { jobId } = await jobInStatus('unscheduled');

    const { result, status } = await scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow() });

    expect(status).toBe('scheduled');
    expect(await appointmentRow(result.appointmentId)).toMatchObject({ technicianId: null, status: 'scheduled' });
  });
});

describe('overlapping visits', () => {
  it('give a warning naming the technician, and the visit is still scheduled', async () => {
    const first = await jobInStatus('unscheduled');
    const second = await jobInStatus('unscheduled');
    await scheduleAppointment(boltDispatcher, { jobId: first.jobId, ...windowOn(10, '09:00', '11:00', boltTech2.userId) });

    const { result, status } = await scheduleAppointment(boltDispatcher, { jobId: second.jobId, ...windowOn(10, '10:00', '12:00', boltTech2.userId) });

    expect(result.warnings).toEqual(['Tina Torres already has a visit in that window.']);
    expect(status).toBe('scheduled');
    expect(await appointmentRow(result.appointmentId)).toMatchObject({ status: 'scheduled', technicianId: boltTech2.userId });
  });

  it('do not include back-to-back windows, other technicians or canceled visits', async () => {
    const { jobId } = await jobInStatus('unscheduled');
    const canceled = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(11, '13:00', '15:00', boltTech2.userId) });
    await cancelAppointment(boltDispatcher, { jobId, appointmentId: canceled.result.appointmentId });
    await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(11, '09:00', '11:00', boltTech2.userId) });

    const backToBack = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(11, '11:00', '13:00', boltTech2.userId) });
    const otherTech = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(11, '09:00', '11:00', boltTech.userId) });
    const whereCanceledWas = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(11, '13:00', '15:00', boltTech2.userId) });

    expect(backToBack.result.warnings).toEqual([]);
    expect(otherTech.result.warnings).toEqual([]);
    expect(whereCanceledWas.result.warnings).toEqual([]);
  });

  it('are reported when accepting with a first visit, and a visit rescheduled within its own window does not overlap itself', async () => {
    const busy = await jobInStatus('unscheduled');
    await scheduleAppointment(boltDispatcher, { jobId: busy.jobId, ...windowOn(12, '09:00', '11:00', boltTech2.userId) });
    const offered = await jobInStatus('offered');

    const accepted = await acceptOffer(boltDispatcher, { jobId: offered.jobId, firstAppointment: windowOn(12, '10:00', '11:30', boltTech2.userId) });
    const moved = await rescheduleAppointment(boltDispatcher, {
      jobId: busy.jobId,
      appointmentId: (await getJobOrThrow(boltDispatcher, busy.jobId)).appointments[0]!.id,
      ...windowOn(13, '09:00', '11:00', boltTech2.userId),
    });
    const shifted = await rescheduleAppointment(boltDispatcher, {
      jobId: busy.jobId,
      appointmentId: moved.result.appointmentId,
      ...windowOn(13, '09:30', '11:30', boltTech2.userId),
    });

    expect(accepted.result.warnings).toEqual(['Tina Torres already has a visit in that window.']);
    expect(shifted.result.warnings).toEqual([]);
  });
});

describe('rescheduling and reassigning', () => {
  it('moves a scheduled visit: one event, the job stays Scheduled, its version goes up', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    const { events, before, after } = await recordChange(jobId, () =>
      rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(2, '14:00', '16:00', boltTech.userId) }),
    );

    expect(events).toEqual([eventBy(boltDispatcher, 'appointment.rescheduled', 'scheduled', 'scheduled', { appointmentId })]);
    expect(after.version).toBe(before.version + 1);
    const visit = await appointmentRow(appointmentId!);
    expect(visit).toMatchObject({ status: 'scheduled', technicianId: boltTech.userId });
    expect(visit.windowEnd.getTime() - visit.windowStart.getTime()).toBe(2 * 3_600_000);
  });

  it('keeps the assigned technician when only the window moves', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(2, '14:00', '16:00') });

    expect((await appointmentRow(appointmentId!)).technicianId).toBe(boltTech.userId);
  });

  it('gives a scheduled visit to another technician, or to nobody', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    const { events } = await recordChange(jobId, () =>
      reassignAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, technicianId: boltTech2.userId }),
    );
    expect(events).toEqual([eventBy(boltDispatcher, 'appointment.reassigned', 'scheduled', 'scheduled', { appointmentId })]);
    expect((await appointmentRow(appointmentId!)).technicianId).toBe(boltTech2.userId);

    await reassignAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, technicianId: '' });
    expect((await appointmentRow(appointmentId!)).technicianId).toBeNull();
  });

  it('is refused once the visit is under way or over, and nothing changes', async () => {
    const enroute = await jobInStatus('scheduled');
    await markEnroute(boltTech, { jobId: enroute.jobId, appointmentId: enroute.appointmentId!, etaMinutes: 15 });
    const started = await jobInStatus('in_progress');
    const done = await jobInStatus('complete');

    for (const { jobId, appointmentId } of [enroute, started, done]) {
      await expectRefused('CONFLICT', () =>
        rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(2, '09:00', '11:00', boltTech.userId) }),
      );
      await expectRefused('CONFLICT', () => reassignAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, technicianId: boltTech2.userId }));
    }
  });

  it('is refused for a canceled visit even while the job has another one scheduled', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(2, '09:00', '11:00') });
    await cancelAppointment(boltDispatcher, { jobId, appointmentId: appointmentId! });

    await expectRefused('CONFLICT', () => rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(3, '09:00', '11:00') }));
    await expectRefused('CONFLICT', () => reassignAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, technicianId: boltTech2.userId }));
  });

  it('works on a scheduled visit of a job that is In Progress with another visit', async () => {
    const { jobId } = await jobInStatus('in_progress');
    const second = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(2, '09:00', '11:00', boltTech.userId) });

    const moved = await rescheduleAppointment(boltDispatcher, { jobId, appointmentId: second.result.appointmentId, ...windowOn(3, '09:00', '11:00', boltTech2.userId) });

    expect(moved.status).toBe('in_progress');
    expect((await appointmentRow(second.result.appointmentId)).technicianId).toBe(boltTech2.userId);
  });
});

describe('a technician', () => {
  it('cannot status another technician’s visit: not found, and nothing changes', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await expectRefused('NOT_FOUND', () => markEnroute(boltTech2, { jobId, appointmentId: appointmentId!, etaMinutes: 10 }));
    await expectRefused('NOT_FOUND', () => startAppointment(boltTech2, { jobId, appointmentId: appointmentId! }));
    await expectRefused('NOT_FOUND', () => completeAppointment(boltTech2, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete }));
  });

  it('cannot status another technician’s visit on a job where they have a visit of their own', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(2, '09:00', '11:00', boltTech2.userId) });
    const unassigned = await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(3, '09:00', '11:00') });

    await expectRefused('NOT_FOUND', () => startAppointment(boltTech2, { jobId, appointmentId: appointmentId! }));
    await expectRefused('NOT_FOUND', () => startAppointment(boltTech2, { jobId, appointmentId: unassigned.result.appointmentId }));
  });

  it('loses a visit that is reassigned to someone else', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    await reassignAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, technicianId: boltTech2.userId });

    await expectRefused('NOT_FOUND', () => startAppointment(boltTech, { jobId, appointmentId: appointmentId! }));
    await startAppointment(boltTech2, { jobId, appointmentId: appointmentId! });
    expect((await appointmentRow(appointmentId!)).status).toBe('started');
  });

  it('lists only their own visits; a dispatcher has no personal list', async () => {
    const mine = await jobInStatus('scheduled');
    const theirs = await jobInStatus('scheduled', { technicianId: boltTech2.userId });

    const tomList = await findMyAppointments(boltTech);
    const tinaList = await findMyAppointments(boltTech2);

    expect(tomList.map((a) => a.id)).toContain(mine.appointmentId);
    expect(tomList.map((a) => a.id)).not.toContain(theirs.appointmentId);
    expect(tinaList.map((a) => a.id)).toContain(theirs.appointmentId);
    expect(tinaList.map((a) => a.id)).not.toContain(mine.appointmentId);
    await expectRefused('FORBIDDEN', () => findMyAppointments(boltDispatcher));
  });

  it('cannot complete a visit that was never started: only a dispatcher may, as backup', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await expectRefused('FORBIDDEN', () => completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete }));
    await completeAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete });
    expect((await appointmentRow(appointmentId!)).status).toBe('complete');
  });
});

describe('the visit’s own lifecycle', () => {
  it('On My Way records the ETA from the action’s time', async () => {
    setClock(() => new Date('2030-01-15T15:00:00Z'));
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    const { result } = await markEnroute(boltTech, { jobId, appointmentId: appointmentId!, etaMinutes: 25 });

    expect(result.etaAt).toBe('2030-01-15T15:25:00.000Z');
    expect(await appointmentRow(appointmentId!)).toMatchObject({
      status: 'enroute',
      etaMinutes: 25,
      etaAt: new Date('2030-01-15T15:25:00Z'),
      enrouteAt: new Date('2030-01-15T15:00:00Z'),
    });
  });

  it('goes scheduled → On My Way → started → complete', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    const id = appointmentId!;

    await markEnroute(boltTech, { jobId, appointmentId: id, etaMinutes: 10 });
    await startAppointment(boltTech, { jobId, appointmentId: id });
    const done = await completeAppointment(boltTech, { jobId, appointmentId: id, completeReasonId: reasonIds.acmeComplete });

    expect(done.status).toBe('complete');
    expect(await appointmentRow(id)).toMatchObject({ status: 'complete', enrouteAt: expect.any(Date), startedAt: expect.any(Date), completedAt: expect.any(Date) });
  });

  it('refuses steps outside the lifecycle, and nothing changes', async () => {
    const enroute = await jobInStatus('scheduled');
    await markEnroute(boltTech, { jobId: enroute.jobId, appointmentId: enroute.appointmentId!, etaMinutes: 10 });
    const started = await jobInStatus('in_progress');

    await expectRefused('CONFLICT', () =>
      completeAppointment(boltDispatcher, { jobId: enroute.jobId, appointmentId: enroute.appointmentId!, completeReasonId: reasonIds.acmeComplete }),
    );
    await expectRefused('CONFLICT', () => markEnroute(boltTech, { jobId: enroute.jobId, appointmentId: enroute.appointmentId!, etaMinutes: 5 }));
    await expectRefused('CONFLICT', () => markEnroute(boltTech, { jobId: started.jobId, appointmentId: started.appointmentId!, etaMinutes: 5 }));
    await expectRefused('CONFLICT', () => startAppointment(boltTech, { jobId: started.jobId, appointmentId: started.appointmentId! }));
  });

  it('a canceled visit cannot be statused', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(2, '09:00', '11:00', boltTech.userId) });
    await cancelAppointment(boltDispatcher, { jobId, appointmentId: appointmentId! });

    await expectRefused('CONFLICT', () => startAppointment(boltTech, { jobId, appointmentId: appointmentId! }));
    await expectRefused('CONFLICT', () => cancelAppointment(boltDispatcher, { jobId, appointmentId: appointmentId! }));
  });

  it('a visit under way can be canceled; the job falls back to Unscheduled', async () => {
    const { jobId, appointmentId } = await jobInStatus('in_progress');

    const { status } = await cancelAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, reason: 'Technician fell ill' });

    expect(status).toBe('unscheduled');
    expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'canceled', cancelReason: 'Technician fell ill' });
  });

  it('a dispatcher may status an unassigned visit as backup', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled', { technicianId: null });

    const { status } = await markEnroute(boltDispatcher, { jobId, appointmentId: appointmentId!, etaMinutes: 30 });

    expect(status).toBe('in_progress');
    expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'enroute', technicianId: null });
  });
});

describe('complete reasons', () => {
  const foreign = [
    { whose: 'the provider’s own (on an enterprise job)', id: reasonIds.boltComplete },
    { whose: 'another enterprise’s', id: reasonIds.otherComplete },
    { whose: 'the enterprise’s, but inactive', id: reasonIds.acmeInactive },
    { whose: 'nobody’s', id: '30000000-0000-4000-8000-999999999999' },
  ];

  it.each(foreign)('are refused when the reason is $whose, and nothing changes', async ({ id }) => {
    const { jobId, appointmentId } = await jobInStatus('in_progress');

    const error = await expectRefused('INVALID_INPUT', () => completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: id }));

    expect(error.fieldErrors).toHaveProperty('completeReasonId');
  });

  it('are required', async () => {
    const { jobId, appointmentId } = await jobInStatus('in_progress');

    const error = await expectRefused('INVALID_INPUT', () => completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: '' }));

    expect(error.fieldErrors).toHaveProperty('completeReasonId');
  });

  it('of a direct job come from the provider’s own list, not an enterprise’s', async () => {
    const { jobId, appointmentId } = await jobInStatus('in_progress', { direct: true });

    await expectRefused('INVALID_INPUT', () => completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete }));
    const { status } = await completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.boltPause });

    expect(status).toBe('paused');
  });

  it('of an enterprise job are the enterprise’s whichever provider does the work', async () => {
    const { jobId, appointmentId } = await jobInStatus('in_progress', { team: acmeNorthside });

    await expectRefused('INVALID_INPUT', () =>
      completeAppointment(northsideTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.northsideComplete }),
    );
    const { status } = await completeAppointment(northsideTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete });

    expect(status).toBe('complete');
  });

  it('offered on the job page are the owner’s active ones', async () => {
    const enterpriseJob = await jobInStatus('scheduled');
    const directJob = await jobInStatus('scheduled', { direct: true });

    expect((await getJobOrThrow(boltTech, enterpriseJob.jobId)).completeReasons.map((r) => r.id)).toEqual([reasonIds.acmeComplete, reasonIds.acmePause]);
    expect((await getJobOrThrow(acmeAdmin, enterpriseJob.jobId)).completeReasons.map((r) => r.id)).toEqual([reasonIds.acmeComplete, reasonIds.acmePause]);
    expect((await getJobOrThrow(boltTech, directJob.jobId)).completeReasons.map((r) => r.id)).toEqual([reasonIds.boltComplete, reasonIds.boltPause]);
    expect((await jobRow(directJob.jobId)).organizationId).toBe(boltDispatcher.organizationId);
  });
});
