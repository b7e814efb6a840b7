import { beforeAll, describe, expect, it } from 'vitest';
import { isDevTransportActive } from '@/lib/server/notifications/active-transport';
import { findDevOutbox } from '@/lib/server/outbox/find-dev-outbox';
import { acmeBolt, acmeNorthside, jobInStatus, otherAdmin, otherFaraway, seedWorld } from './support/fixtures';

beforeAll(() => seedWorld());

describe('the development outbox', () => {
  it("shows each organization only the texts of its own jobs", async () => {
    const bolt = await jobInStatus('scheduled', { team: acmeBolt });
    const northside = await jobInStatus('scheduled', { team: acmeNorthside });
    const faraway = await jobInStatus('scheduled', { team: otherFaraway });
    const jobsSeenBy = async (actor: Parameters<typeof findDevOutbox>[0]) => new Set((await findDevOutbox(actor)).map((m) => m.jobId));

    expect(await jobsSeenBy(acmeBolt.enterprise)).toEqual(new Set([bolt.jobId, northside.jobId]));
    expect(await jobsSeenBy(acmeBolt.dispatcher)).toEqual(new Set([bolt.jobId]));
    expect(await jobsSeenBy(acmeBolt.technician)).toEqual(new Set([bolt.jobId]));
    expect(await jobsSeenBy(acmeNorthside.dispatcher)).toEqual(new Set([northside.jobId]));
    expect(await jobsSeenBy(otherAdmin)).toEqual(new Set([faraway.jobId]));
    expect((await findDevOutbox(acmeBolt.dispatcher)).every((m) => m.kind.startsWith('appointment.'))).toBe(true);
  });

  it('is active only while no real transport is configured', () => {
    expect(isDevTransportActive()).toBe(true);
    Object.assign(process.env, { TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: '+15005550006' });
    try {
      expect(isDevTransportActive()).toBe(false);
    } finally {
      for (const key of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM']) delete process.env[key];
    }
  });
});
