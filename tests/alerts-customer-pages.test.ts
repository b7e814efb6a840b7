import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { setClock } from '@/lib/server/clock';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { answerSurvey } from '@/lib/server/surveys/answer-survey';
import { findSurveyAnswers } from '@/lib/server/surveys/find-survey-answers';
import { getSurvey } from '@/lib/server/surveys/get-survey';
import { getTrackingView } from '@/lib/server/tracking/get-tracking-view';
import { acmeBolt, appErrorOf, appointmentRow, eventsOf, jobInStatus, jobRow, seedWorld } from './support/fixtures';

const { enterprise, dispatcher, technician, reasons } = acmeBolt;
let clock = new Date('2030-03-12T15:00:00Z'); // 10:00 CDT

beforeAll(async () => {
  setClock(() => clock);
  await seedWorld();
});
afterAll(() => setClock(null));

async function scheduledVisit() {
  const { jobId, appointmentId } = await jobInStatus('scheduled');
  const token = (await appointmentRow(appointmentId!)).trackingToken;
  return { jobId, appointmentId: appointmentId!, token };
}

describe('the tracking page', () => {
  it('follows the visit: Scheduled, On the way with a clock-time ETA, Started, Completed', async () => {
    const { jobId, appointmentId, token } = await scheduledVisit();
    const scheduled = await getTrackingView(token);
    expect(scheduled).toEqual({
      state: 'live',
      providerName: 'Bolt',
      technicianFirstName: 'Tom',
      window: 'Wed, Mar 13 · 9:00–11:00 AM CDT',
      status: 'scheduled',
      eta: null,
    });
    await markEnroute(technician, { jobId, appointmentId, etaMinutes: 20 });
    expect(await getTrackingView(token)).toMatchObject({ status: 'enroute', eta: '10:20 AM CDT' });
    await startAppointment(technician, { jobId, appointmentId });
    expect(await getTrackingView(token)).toMatchObject({ status: 'started', eta: null });
    await completeAppointment(technician, { jobId, appointmentId, completeReasonId: reasons.complete });
    const done = await getTrackingView(token);
    expect(done).toMatchObject({ status: 'complete' });
    // Nothing about the customer or the place: only what the page shows.
    expect(JSON.stringify(done)).not.toMatch(/Ada|Park|Congress|Austin|5550143|Leaking/);
  });

  it('an unknown or malformed token finds nothing', async () => {
    expect(await getTrackingView('x'.repeat(32))).toEqual({ state: 'missing' });
    expect(await getTrackingView("'; drop table jobs; --")).toEqual({ state: 'missing' });
  });

  it('the link expires 7 days after the visit ends', async () => {
    const { jobId, appointmentId, token } = await scheduledVisit();
    await completeAppointment(dispatcher, { jobId, appointmentId, completeReasonId: reasons.complete });
    const start = clock;
    clock = new Date(start.getTime() + 7 * 86_400_000 - 60_000);
    expect(await getTrackingView(token)).toMatchObject({ state: 'live' });
    clock = new Date(start.getTime() + 7 * 86_400_000 + 60_000);
    expect(await getTrackingView(token)).toEqual({ state: 'expired' });
    expect(await getSurvey(token)).toEqual({ state: 'expired' });
    expect((await appErrorOf(answerSurvey({ token, rating: 5 }))).message).toBe('This link has expired.');
    clock = start;
  });
});

describe('the survey', () => {
  it('opens once the visit is complete, takes one answer, and shows it in both portals', async () => {
    const { jobId, appointmentId, token } = await scheduledVisit();
    expect(await getSurvey(token)).toEqual({ state: 'not_ready', providerName: 'Bolt' });
    expect((await appErrorOf(answerSurvey({ token, rating: 5 }))).code).toBe('CONFLICT');

    await startAppointment(technician, { jobId, appointmentId });
    await completeAppointment(technician, { jobId, appointmentId, completeReasonId: reasons.complete });
    expect(await getSurvey(token)).toEqual({ state: 'open', providerName: 'Bolt' });
    expect((await appErrorOf(answerSurvey({ token, rating: 6 }))).code).toBe('INVALID_INPUT');

    expect((await answerSurvey({ token, rating: 4, comment: '  Quick and tidy.  ' })).result).toEqual({ rating: 4 });
    expect(await getSurvey(token)).toEqual({ state: 'answered', providerName: 'Bolt', rating: 4 });
    const second = await appErrorOf(answerSurvey({ token, rating: 1 }));
    expect(second).toMatchObject({ code: 'CONFLICT', message: 'This visit has already been rated. Thank you!' });
    expect(await findSurveyAnswers(jobId)).toEqual([expect.objectContaining({ appointmentId, rating: 4, comment: 'Quick and tidy.' })]);

    const job = await jobRow(jobId);
    const event = (await eventsOf(jobId)).at(-1);
    expect(event).toMatchObject({
      type: 'survey.answered',
      actorUserId: null,
      actorRole: null,
      actorName: 'Customer',
      actorOrganizationId: job.organizationId,
      source: 'web',
      fromStatus: 'complete',
      toStatus: 'complete',
      details: { rating: 4, comment: 'Quick and tidy.' },
    });
    for (const actor of [enterprise, dispatcher]) {
      const detail = await getJobOrThrow(actor, jobId);
      expect(detail.events.map((e) => e.type)).toContain('survey.answered');
    }
  });

  it('two answers sent at the same moment record one', async () => {
    const { jobId, appointmentId, token } = await scheduledVisit();
    await completeAppointment(dispatcher, { jobId, appointmentId, completeReasonId: reasons.complete });
    const results = await Promise.allSettled([answerSurvey({ token, rating: 5 }), answerSurvey({ token, rating: 3 })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await findSurveyAnswers(jobId)).toHaveLength(1);
    expect((await eventsOf(jobId)).filter((e) => e.type === 'survey.answered')).toHaveLength(1);
  });
});
