import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/sms/inbound/route';
import { POST as statusCallback } from '@/app/api/sms/status/route';
import { getDb } from '@/db/client';
import { setClock } from '@/lib/server/clock';
import { twilioSettingsFromEnv, twilioTransport } from '@/lib/server/notifications/twilio-transport';
import { drainOutbox } from '@/lib/server/outbox/deliver-batch';
import { deliverySettings } from '@/lib/server/outbox/settings';
import { startFakeTwilio } from './outbox-fake-twilio';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { acmeBolt, jobInStatus, jobRow, seedWorld, smsOf } from './support/fixtures';

const TOKEN = 'inbound-auth-token';
const URL_ = 'https://fieldline.example/api/sms/inbound';
const STATUS_URL = 'https://fieldline.example/api/sms/status';

beforeAll(async () => {
  await seedWorld();
  Object.assign(process.env, { TWILIO_ACCOUNT_SID: 'ACinbound', TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: '+15005550006', APP_URL: 'https://fieldline.example' });
});
afterAll(() => {
  for (const key of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM', 'APP_URL']) delete process.env[key];
});

function webhook(params: Record<string, string>, signature = twilio.getExpectedTwilioSignature(TOKEN, URL_, params), url = URL_) {
  // The request reaches the app on an internal address; the signature covers the public URL.
  return new Request(`http://127.0.0.1:3000${new URL(url).pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams(params).toString(),
  });
}

describe('inbound SMS', () => {
  it('STOP opts the customer out, suppresses what is queued, and the job detail says so; START opts back in', async () => {
    const { jobId } = await jobInStatus('scheduled');
    const reply = await POST(webhook({ From: '+15125550143', Body: ' stop ', MessageSid: 'SM1' }));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/xml');
    expect((await smsOf(jobId)).map((m) => m.status)).toEqual(['suppressed']);
    expect((await getJobOrThrow(acmeBolt.enterprise, jobId)).customer.smsOptedOut).toBe(true);

    // A later job for the same number, even as a new customer record, stays silent.
    const later = await jobInStatus('scheduled');
    expect((await smsOf(later.jobId)).map((m) => m.status)).toEqual(['suppressed']);

    await POST(webhook({ From: '+15125550143', Body: 'START', MessageSid: 'SM2' }));
    expect((await getJobOrThrow(acmeBolt.enterprise, jobId)).customer.smsOptedOut).toBe(false);
    const after = await jobInStatus('scheduled');
    expect((await smsOf(after.jobId)).map((m) => m.status)).toEqual(['queued']);
    expect((await jobRow(after.jobId)).status).toBe('scheduled');
  });

  it('refuses a request whose signature does not match, and changes nothing', async () => {
    const { jobId } = await jobInStatus('scheduled');
    const forged = await POST(webhook({ From: '+15125550143', Body: 'STOP' }, 'not-a-signature'));
    expect(forged.status).toBe(403);
    expect((await smsOf(jobId)).map((m) => m.status)).toEqual(['queued']);
  });

  it('ignores other replies', async () => {
    const { jobId } = await jobInStatus('scheduled');
    expect((await POST(webhook({ From: '+15125550143', Body: 'Thanks, see you then' }))).status).toBe(200);
    expect((await smsOf(jobId)).map((m) => m.status)).toEqual(['queued']);
  });

  it('is not there without a configured SMS provider', async () => {
    const saved = process.env.TWILIO_AUTH_TOKEN;
    delete process.env.TWILIO_AUTH_TOKEN;
    try {
      expect((await POST(webhook({ From: '+15125550143', Body: 'STOP' }))).status).toBe(404);
    } finally {
      process.env.TWILIO_AUTH_TOKEN = saved;
    }
  });

  it("a delivery report turns a sent text into delivered, and never moves it back", async () => {
    const fake = await startFakeTwilio({ accountSid: 'ACinbound', authToken: TOKEN });
    process.env.TWILIO_API_BASE_URL = fake.url;
    // Midday in the service address's zone: a run at night would hold the text for quiet hours.
    setClock(() => new Date('2030-01-15T18:00:00Z'));
    try {
      const { jobId } = await jobInStatus('scheduled', { job: { customerPhone: '(512) 555-0122' } });
      await drainOutbox(await getDb(), twilioTransport(twilioSettingsFromEnv()!), deliverySettings());
      const [sent] = await smsOf(jobId);
      expect(sent).toMatchObject({ status: 'sent', deliveredAt: null });
      expect(fake.phone.at(-1)).toMatchObject({ sid: sent!.providerMessageId, statusCallback: STATUS_URL });

      const report = (status: string) => {
        const params = { MessageSid: sent!.providerMessageId!, MessageStatus: status };
        return statusCallback(webhook(params, twilio.getExpectedTwilioSignature(TOKEN, STATUS_URL, params), STATUS_URL));
      };
      expect((await report('delivered')).status).toBe(204);
      expect((await smsOf(jobId))[0]).toMatchObject({ status: 'delivered', deliveredAt: expect.any(Date) });
      await report('sent');
      expect((await smsOf(jobId))[0]).toMatchObject({ status: 'delivered' });
      expect((await statusCallback(webhook({ MessageSid: 'SMx', MessageStatus: 'failed' }, 'forged', STATUS_URL))).status).toBe(403);
    } finally {
      setClock(null);
      delete process.env.TWILIO_API_BASE_URL;
      await fake.close();
    }
  });
});
