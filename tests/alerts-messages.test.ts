import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { setClock } from '@/lib/server/clock';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { acmeBolt, appointmentRow, boltTech2, jobInStatus, newJobInput, seedWorld, smsOf, windowOn } from './support/fixtures';

const { enterprise, dispatcher, technician, reasons } = acmeBolt;
const APP_URL = 'https://fieldline.example';

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  // Tuesday 2030-03-12, 10:00 in Chicago (CDT).
  setClock(() => new Date('2030-03-12T15:00:00Z'));
  await seedWorld();
});
afterAll(() => setClock(null));

/** Runs an action and returns the texts it queued for the job's customer. */
async function queuedBy(jobId: string, run: () => Promise<unknown>) {
  const before = (await smsOf(jobId)).length;
  await run();
  return (await smsOf(jobId)).slice(before);
}

describe('each action queues exactly the right texts', () => {
  it('through the whole life of an enterprise job', async () => {
    const { jobId } = await createJob(enterprise, { ...newJobInput(), offerToProviderId: acmeBolt.providerId });
    expect(await smsOf(jobId)).toEqual([]);
    expect(await queuedBy(jobId, () => acceptOffer(dispatcher, { jobId }))).toEqual([]);
    expect(await queuedBy(jobId, () => requestUpdate(enterprise, { jobId }))).toEqual([]);

    let appointmentId = '';
    const [scheduled] = await queuedBy(jobId, async () => {
      appointmentId = (await scheduleAppointment(dispatcher, { jobId, ...windowOn(1, '09:00', '11:00', technician.userId) })).result.appointmentId;
    });
    const token = (await appointmentRow(appointmentId)).trackingToken;
    expect(scheduled).toMatchObject({ kind: 'appointment.scheduled', channel: 'sms', recipient: '+15125550143', status: 'queued' });
    expect(scheduled!.body).toBe(`Bolt: your visit for "Leaking kitchen tap" is booked for Wed, Mar 13 · 9:00–11:00 AM CDT. Track it: ${APP_URL}/t/${token}`);

    const [moved] = await queuedBy(jobId, () => rescheduleAppointment(dispatcher, { jobId, appointmentId, ...windowOn(2, '13:00', '15:00') }));
    expect(moved).toMatchObject({ kind: 'appointment.rescheduled' });
    expect(moved!.body).toContain('has moved to Thu, Mar 14 · 1:00–3:00 PM CDT');

    expect(await queuedBy(jobId, () => reassignAppointment(dispatcher, { jobId, appointmentId, technicianId: boltTech2.userId }))).toEqual([]);
    expect(await queuedBy(jobId, () => reassignAppointment(dispatcher, { jobId, appointmentId, technicianId: technician.userId }))).toEqual([]);

    const [enroute] = await queuedBy(jobId, () => markEnroute(technician, { jobId, appointmentId, etaMinutes: 20 }));
    // The ETA is a clock time in the service zone: 10:00 + 20 min.
    expect(enroute!.body).toBe(`Bolt: Tom is on the way and should arrive around 10:20 AM CDT. Track it: ${APP_URL}/t/${token}`);

    const [started] = await queuedBy(jobId, () => startAppointment(technician, { jobId, appointmentId }));
    expect(started).toMatchObject({ kind: 'appointment.started' });
    expect(started!.body).toContain('Tom has arrived');

    const [completed] = await queuedBy(jobId, () => completeAppointment(technician, { jobId, appointmentId, completeReasonId: reasons.complete }));
    expect(completed).toMatchObject({ kind: 'appointment.completed' });
    expect(completed!.body).toContain(`${APP_URL}/s/${token}`);

    const all = await smsOf(jobId);
    expect(all.map((m) => m.kind)).toEqual([
      'appointment.scheduled',
      'appointment.rescheduled',
      'appointment.enroute',
      'appointment.started',
      'appointment.completed',
    ]);
    for (const m of all) {
      expect(m.body.length).toBeLessThan(320);
      expect(m.body.startsWith('Bolt')).toBe(true);
    }
    expect(new Set(all.map((m) => m.idempotencyKey)).size).toBe(all.length);
  });

  it('canceling an appointment says nothing; canceling the job tells the customer', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    expect(await queuedBy(jobId, () => cancelAppointment(dispatcher, { jobId, appointmentId: appointmentId! }))).toEqual([]);
    const [canceled] = await queuedBy(jobId, () => cancelJob(enterprise, { jobId, reason: 'Customer moved' }));
    expect(canceled).toMatchObject({ kind: 'job.canceled' });
    expect(canceled!.body).toMatch(/^Bolt: your service job #\d+ \("Leaking kitchen tap"\) has been canceled\./);
  });

  it('an offered job canceled before any provider took it sends nothing', async () => {
    const { jobId } = await jobInStatus('offered');
    expect(await queuedBy(jobId, () => cancelJob(enterprise, { jobId, reason: 'Duplicate' }))).toEqual([]);
  });

  it("a provider's direct job with a first visit texts the booking once", async () => {
    const { jobId } = await createDirectJob(dispatcher, { ...newJobInput(), firstAppointment: windowOn(1, '09:00', '11:00', technician.userId) });
    expect((await smsOf(jobId)).map((m) => m.kind)).toEqual(['appointment.scheduled']);
  });
});
