import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { customers, outbox } from '@/db/schema';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { setClock } from '@/lib/server/clock';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import {
  acmeAdmin,
  appointmentRow,
  boltDispatcher,
  boltTech,
  boltTech2,
  CUSTOMER,
  jobInStatus,
  jobRow,
  newJobInput,
  optOutCustomerOf,
  orgIds,
  reasonIds,
  seedWorld,
  smsOf,
  tomorrowWindow,
  windowOn,
} from './support/fixtures';

beforeAll(() => seedWorld());
afterEach(() => setClock(null));

const at = (iso: string) => setClock(() => new Date(iso));

/** The SMS rows one action queued for the job. */
async function smsQueuedBy(jobId: string, run: () => Promise<unknown>) {
  const before = new Set((await smsOf(jobId)).map((m) => m.id));
  await run();
  return (await smsOf(jobId)).filter((m) => !before.has(m.id));
}

describe('customer alerts', () => {
  it('each customer-facing step of a job queues exactly its one SMS, and nothing else does', async () => {
    // 2030-01-15 is a Tuesday; America/Chicago is on CST (UTC-6).
    at('2030-01-15T14:00:00Z');
    const { jobId } = await createJob(acmeAdmin, { ...newJobInput(), offerToProviderId: orgIds.bolt });
    expect(await smsOf(jobId)).toEqual([]);

    expect(await smsQueuedBy(jobId, () => acceptOffer(boltDispatcher, { jobId }))).toEqual([]);

    const scheduled = await smsQueuedBy(jobId, () => scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow(boltTech.userId) }));
    expect(scheduled).toEqual([
      expect.objectContaining({ kind: 'appointment.scheduled', channel: 'sms', recipient: CUSTOMER.phone, status: 'queued', appointmentId: expect.any(String) }),
    ]);
    const appointmentId = scheduled[0]!.appointmentId!;
    const { trackingToken } = await appointmentRow(appointmentId);
    expect(scheduled[0]!.body).toContain('Bolt');
    expect(scheduled[0]!.body).toContain('Wed, Jan 16 · 9:00–11:00 AM CST');
    expect(scheduled[0]!.body).toContain(`/t/${trackingToken}`);

    const moved = await smsQueuedBy(jobId, () => rescheduleAppointment(boltDispatcher, { jobId, appointmentId, ...windowOn(2, '13:00', '15:00', boltTech.userId) }));
    expect(moved).toEqual([expect.objectContaining({ kind: 'appointment.rescheduled', appointmentId })]);
    expect(moved[0]!.body).toContain('Thu, Jan 17 · 1:00–3:00 PM CST');

    expect(await smsQueuedBy(jobId, () => reassignAppointment(boltDispatcher, { jobId, appointmentId, technicianId: boltTech2.userId }))).toEqual([]);
    expect(await smsQueuedBy(jobId, () => requestUpdate(acmeAdmin, { jobId }))).toEqual([]);

    at('2030-01-17T19:00:00Z'); // 1:00 PM CST
    const enroute = await smsQueuedBy(jobId, () => markEnroute(boltTech2, { jobId, appointmentId, etaMinutes: 25 }));
    expect(enroute).toEqual([expect.objectContaining({ kind: 'appointment.enroute', appointmentId })]);
    expect(enroute[0]!.body).toContain('Tina is on the way and should arrive around 1:25 PM CST');
    expect(enroute[0]!.body).toContain(`/t/${trackingToken}`);

    at('2030-01-17T19:30:00Z');
    const started = await smsQueuedBy(jobId, () => startAppointment(boltTech2, { jobId, appointmentId }));
    expect(started).toEqual([expect.objectContaining({ kind: 'appointment.started', appointmentId })]);
    expect(started[0]!.body).toContain('Tina has arrived');

    at('2030-01-17T20:30:00Z');
    const completed = await smsQueuedBy(jobId, () =>
      completeAppointment(boltTech2, { jobId, appointmentId, completeReasonId: reasonIds.acmePause }),
    );
    expect(completed).toEqual([expect.objectContaining({ kind: 'appointment.completed', appointmentId })]);
    expect(completed[0]!.body).toContain('Thank you');
    expect(completed[0]!.body).toContain(`/s/${trackingToken}`);

    expect(await smsQueuedBy(jobId, () => completeJob(boltDispatcher, { jobId }))).toEqual([]);

    at('2030-01-18T15:00:00Z');
    const second = await scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow(boltTech.userId) });
    expect(await smsQueuedBy(jobId, () => cancelAppointment(boltDispatcher, { jobId, appointmentId: second.result.appointmentId }))).toEqual([]);
    await scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow(boltTech.userId) });

    const canceled = await smsQueuedBy(jobId, () => cancelJob(acmeAdmin, { jobId, reason: 'Customer sold the house' }));
    expect(canceled).toEqual([expect.objectContaining({ kind: 'job.canceled', appointmentId: null, recipient: CUSTOMER.phone })]);
    expect(canceled[0]!.body).toContain(`#${(await jobRow(jobId)).number}`);

    expect(await smsQueuedBy(jobId, () => reopenJob(acmeAdmin, { jobId }))).toEqual([]);

    const all = await smsOf(jobId);
    expect(all.map((m) => m.kind)).toEqual([
      'appointment.scheduled',
      'appointment.rescheduled',
      'appointment.enroute',
      'appointment.started',
      'appointment.completed',
      'appointment.scheduled',
      'appointment.scheduled',
      'job.canceled',
    ]);
    expect(new Set(all.map((m) => m.idempotencyKey)).size).toBe(all.length);
  });

  it('the first visit booked with an acceptance or a direct job is announced once', async () => {
    const offered = await jobInStatus('offered');
    const accepted = await smsQueuedBy(offered.jobId, () => acceptOffer(boltDispatcher, { jobId: offered.jobId, firstAppointment: tomorrowWindow(boltTech.userId) }));
    const direct = await createDirectJob(boltDispatcher, { ...newJobInput(), firstAppointment: tomorrowWindow(boltTech.userId) });

    expect(accepted).toEqual([expect.objectContaining({ kind: 'appointment.scheduled', status: 'queued' })]);
    expect(await smsOf(direct.jobId)).toEqual([expect.objectContaining({ kind: 'appointment.scheduled', status: 'queued', recipient: CUSTOMER.phone })]);
  });

  it('speak the service address’s time zone', async () => {
    at('2030-07-01T12:00:00Z');
    const { jobId } = await createDirectJob(boltDispatcher, { ...newJobInput({ timeZone: 'America/New_York', city: 'Boston', region: 'MA' }) });

    const [sms] = await smsQueuedBy(jobId, () => scheduleAppointment(boltDispatcher, { jobId, date: '2030-07-02', windowStart: '08:00', windowEnd: '10:00' }));

    expect(sms!.body).toContain('Tue, Jul 2 · 8:00–10:00 AM EDT');
  });

  it('repeated steps on one visit each get their own message and key', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(3, '09:00', '11:00', boltTech.userId) });
    await rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(4, '09:00', '11:00', boltTech.userId) });

    const moves = (await smsOf(jobId)).filter((m) => m.kind === 'appointment.rescheduled');
    expect(moves).toHaveLength(2);
    expect(moves[0]!.idempotencyKey).not.toBe(moves[1]!.idempotencyKey);
  });

  it('nothing is sent about offers, or about canceling a job no provider had taken', async () => {
    const { jobId } = await jobInStatus('offered');
    await declineOffer(boltDispatcher, { jobId, reason: 'No availability' });
    await offerJob(acmeAdmin, { jobId, providerId: orgIds.northside });
    await withdrawOffer(acmeAdmin, { jobId });
    await cancelJob(acmeAdmin, { jobId, reason: 'Customer fixed it' });

    expect(await smsOf(jobId)).toEqual([]);
  });

  it('a customer who replied STOP gets every alert as suppressed, none queued', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    await optOutCustomerOf(jobId);
    const before = (await smsOf(jobId)).length;

    await rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(2, '09:00', '11:00', boltTech.userId) });
    await markEnroute(boltTech, { jobId, appointmentId: appointmentId!, etaMinutes: 10 });
    await startAppointment(boltTech, { jobId, appointmentId: appointmentId! });
    await completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete });
    await scheduleAppointment(boltDispatcher, { jobId, ...windowOn(5, '09:00', '11:00') });
    await cancelJob(acmeAdmin, { jobId, reason: 'Customer asked us to stop' });

    const after = (await smsOf(jobId)).slice(before);
    expect(after.map((m) => [m.kind, m.status])).toEqual([
      ['appointment.rescheduled', 'suppressed'],
      ['appointment.enroute', 'suppressed'],
      ['appointment.started', 'suppressed'],
      ['appointment.completed', 'suppressed'],
      ['appointment.scheduled', 'suppressed'],
      ['job.canceled', 'suppressed'],
    ]);
  });

  it('a customer with no phone, or who gave no SMS consent, gets no SMS rows', async () => {
    const noPhone = await createDirectJob(boltDispatcher, { ...newJobInput({ customerPhone: '' }), firstAppointment: tomorrowWindow() });
    const noConsent = await createDirectJob(boltDispatcher, { ...newJobInput({ smsConsent: false }), firstAppointment: tomorrowWindow() });

    expect(await smsOf(noPhone.jobId)).toEqual([]);
    expect(await smsOf(noConsent.jobId)).toEqual([]);
    const db = await getDb();
    const [customer] = await db.select().from(customers).where(eq(customers.id, (await jobRow(noConsent.jobId)).customerId));
    expect(customer!.smsConsent).toBe(false);
  });

  it('every message in the outbox has its own idempotency key', async () => {
    await jobInStatus('complete');
    await jobInStatus('canceled');
    const db = await getDb();
    const rows = await db.select({ key: outbox.idempotencyKey }).from(outbox);

    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});
