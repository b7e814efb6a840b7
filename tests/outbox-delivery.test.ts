import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { outbox } from '@/db/schema';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { setClock } from '@/lib/server/clock';
import { devTransport } from '@/lib/server/notifications/dev-transport';
import { twilioTransport } from '@/lib/server/notifications/twilio-transport';
import { retryDelayMs } from '@/lib/server/outbox/backoff';
import { drainOutbox } from '@/lib/server/outbox/deliver-batch';
import type { DeliverySettings } from '@/lib/server/outbox/settings';
import { acmeBolt, jobInStatus, optOutCustomerOf, seedWorld, smsOf, tomorrowWindow } from './support/fixtures';
import { startFakeTwilio } from './outbox-fake-twilio';

const SID = 'ACtest00000000000000000000000000';
const TOKEN = 'test-auth-token';
const settings: DeliverySettings = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 60_000, leaseMs: 30_000, batchSize: 10 };

let fake: Awaited<ReturnType<typeof startFakeTwilio>>;
let twilio: ReturnType<typeof twilioTransport>;
let clock = new Date('2030-03-12T17:00:00Z'); // 11:00 in Chicago: outside quiet hours

beforeAll(async () => {
  await seedWorld();
  fake = await startFakeTwilio({ accountSid: SID, authToken: TOKEN });
  twilio = twilioTransport({ accountSid: SID, authToken: TOKEN, from: '+15005550006', apiBaseUrl: fake.url });
  setClock(() => clock);
});
afterAll(async () => {
  setClock(null);
  await fake.close();
});
afterEach(() => fake.failNext(0));

const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

async function deliver(transport = twilio, s = settings) {
  return drainOutbox(await getDb(), transport, s);
}

describe('delivery', () => {
  it('the development transport marks queued messages delivered and leaves them in the database', async () => {
    const { jobId } = await jobInStatus('scheduled');
    await deliver(devTransport);
    const [message] = await smsOf(jobId);
    expect(message).toMatchObject({ status: 'delivered', attempts: 1, providerMessageId: `dev:${message!.idempotencyKey}` });
    expect(message!.deliveredAt).toEqual(clock);
  });

  it('a transport that fails twice then succeeds delivers the message once', async () => {
    const before = fake.phone.length;
    const { jobId } = await jobInStatus('scheduled');
    fake.failNext(2);
    expect(await deliver()).toMatchObject({ claimed: 1, retried: 1 });
    const afterFirst = (await smsOf(jobId))[0]!;
    expect(afterFirst).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.stringContaining('Internal error') });
    // Not due before its backoff: nothing is claimed.
    expect(await deliver()).toMatchObject({ claimed: 0 });
    advance(settings.maxDelayMs);
    expect(await deliver()).toMatchObject({ claimed: 1, retried: 1 });
    advance(settings.maxDelayMs);
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });
    const [message] = await smsOf(jobId);
    expect(message).toMatchObject({ status: 'sent', attempts: 3, lastError: null, providerMessageId: expect.stringMatching(/^SM/) });
    expect(fake.phone.length - before).toBe(1);
    expect(fake.phone.at(-1)).toMatchObject({ to: '+15125550143', body: message!.body, idempotencyKey: message!.idempotencyKey });
  });

  it('gives up after the configured number of attempts and marks the message failed', async () => {
    const { jobId } = await jobInStatus('scheduled');
    fake.failNext(10);
    for (let i = 0; i < settings.maxAttempts; i++) {
      await deliver();
      advance(settings.maxDelayMs);
    }
    expect((await smsOf(jobId))[0]).toMatchObject({ status: 'failed', attempts: settings.maxAttempts });
    expect(await deliver()).toMatchObject({ claimed: 0 });
  });

  it('a refusal that retrying cannot fix fails at once', async () => {
    const { jobId } = await jobInStatus('scheduled');
    fake.failNext(1, 400);
    expect(await deliver()).toMatchObject({ failed: 1 });
    expect((await smsOf(jobId))[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('not a valid phone number') });
  });

  it('a send repeated with the same key reaches the phone once', async () => {
    const before = fake.phone.length;
    const message = { to: '+15125550143', body: 'Hello', idempotencyKey: 'sms:test:repeat' };
    const first = await twilio.send(message);
    const second = await twilio.send(message);
    expect(second.providerMessageId).toBe(first.providerMessageId);
    expect(fake.phone.length - before).toBe(1);
  });

  it('never sends to a customer who replied STOP', async () => {
    // Its own number: STOP holds for every later job texting that number.
    const { jobId } = await jobInStatus('unscheduled', { job: { customerPhone: '(512) 555-0166' } });
    await optOutCustomerOf(jobId);
    await scheduleAppointment(acmeBolt.dispatcher, { jobId, ...tomorrowWindow(acmeBolt.technician.userId) });
    const requests = fake.requests();
    await deliver();
    expect(fake.requests()).toBe(requests);
    expect(await smsOf(jobId)).toEqual([expect.objectContaining({ status: 'suppressed', attempts: 0, sentAt: null, lastError: 'Customer replied STOP' })]);
  });

  it('backoff grows exponentially, is capped, and is jittered', () => {
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(retryDelayMs(4, 1000, 60_000, () => 1)).toBe(8000);
    expect(retryDelayMs(20, 1000, 60_000, () => 1)).toBe(60_000);
  });
});

describe('quiet hours', () => {
  it('hold non-urgent messages until the end of quiet hours in the service zone; On My Way goes at once', async () => {
    clock = new Date('2030-03-13T04:00:00Z'); // 23:00 CDT on the 12th in Chicago
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    expect(await deliver()).toMatchObject({ deferred: 1, sent: 0 });
    const [held] = await smsOf(jobId);
    // 08:00 CDT on the 13th.
    expect(held).toMatchObject({ status: 'queued', attempts: 0, lastError: 'Held for quiet hours', nextAttemptAt: new Date('2030-03-13T13:00:00Z') });

    await markEnroute(acmeBolt.technician, { jobId, appointmentId: appointmentId!, etaMinutes: 20 });
    expect(await deliver()).toMatchObject({ sent: 1 });
    const rows = await smsOf(jobId);
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      ['appointment.scheduled', 'queued'],
      ['appointment.enroute', 'sent'],
    ]);

    clock = new Date('2030-03-13T13:00:00Z');
    expect(await deliver()).toMatchObject({ sent: 1 });
    const db = await getDb();
    const [released] = await db.select().from(outbox).where(eq(outbox.id, held!.id));
    expect(released).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
