import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
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
import { expireDueOffers } from '@/lib/server/offers/expire-offers';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import { answerSurvey } from '@/lib/server/surveys/answer-survey';
import { recomputeStatus } from '@/lib/server/jobs/recompute-status';
import { inTransaction } from '@/lib/server/transaction';
import {
  acmeAdmin,
  appointmentRow,
  boltDispatcher,
  boltTech,
  boltTech2,
  jobInStatus,
  jobRow,
  newJobInput,
  orgIds,
  reasonIds,
  seedWorld,
  tomorrowWindow,
  windowOn,
} from './support/fixtures';

// Counts row versions of jobs: one row per INSERT or UPDATE of a job, whatever statement wrote it.
beforeAll(async () => {
  await seedWorld();
  const db = await getDb();
  await db.execute(sql`create table test_job_writes (job_id uuid not null, op text not null)`);
  await db.execute(sql`create function test_note_job_write() returns trigger language plpgsql as $$
    begin insert into test_job_writes values (new.id, tg_op); return new; end $$`);
  await db.execute(sql`create trigger test_job_writes after insert or update on jobs for each row execute function test_note_job_write()`);
});

async function writesOf(jobId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.execute(sql`select op from test_job_writes where job_id = ${jobId}`);
  return (rows as unknown as { rows: { op: string }[] }).rows.map((r) => r.op);
}

async function resetWrites(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`delete from test_job_writes`);
}

/** Runs a change on a staged job and returns the job row versions it wrote. */
async function writesBy(jobId: string, change: () => Promise<unknown>): Promise<string[]> {
  await resetWrites();
  await change();
  return writesOf(jobId);
}

/** The status stored is the one the rules derive from the rows as they are now. */
async function expectConsistent(jobId: string): Promise<void> {
  const job = await jobRow(jobId);
  const derived = await inTransaction((tx) => recomputeStatus(tx, job));
  expect(derived.status).toBe(job.status);
}

describe('every change writes the job row exactly once', () => {
  it('creating a job, with or without its offer', async () => {
    for (const offerToProviderId of [undefined, orgIds.bolt]) {
      await resetWrites();
      const { jobId } = await createJob(acmeAdmin, { ...newJobInput(), offerToProviderId });
      expect(await writesOf(jobId)).toEqual(['INSERT']);
      await expectConsistent(jobId);
    }
  });

  it('creating a direct job, with or without its first visit', async () => {
    for (const firstAppointment of [undefined, tomorrowWindow(boltTech.userId)]) {
      await resetWrites();
      const { jobId } = await createDirectJob(boltDispatcher, { ...newJobInput(), firstAppointment });
      expect(await writesOf(jobId)).toEqual(['INSERT']);
      await expectConsistent(jobId);
    }
  });

  const CHANGES: [string, () => Promise<{ jobId: string; change: () => Promise<unknown> }>][] = [
    ['offer', async () => { const { jobId } = await jobInStatus('unassigned'); return { jobId, change: () => offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt }) }; }],
    ['withdraw', async () => { const { jobId } = await jobInStatus('offered'); return { jobId, change: () => withdrawOffer(acmeAdmin, { jobId }) }; }],
    ['Request Update', async () => { const { jobId } = await jobInStatus('scheduled'); return { jobId, change: () => requestUpdate(acmeAdmin, { jobId }) }; }],
    ['accept', async () => { const { jobId } = await jobInStatus('offered'); return { jobId, change: () => acceptOffer(boltDispatcher, { jobId }) }; }],
    ['accept and schedule', async () => { const { jobId } = await jobInStatus('offered'); return { jobId, change: () => acceptOffer(boltDispatcher, { jobId, firstAppointment: tomorrowWindow() }) }; }],
    ['decline', async () => { const { jobId } = await jobInStatus('offered'); return { jobId, change: () => declineOffer(boltDispatcher, { jobId, reason: 'No availability' }) }; }],
    ['schedule', async () => { const { jobId } = await jobInStatus('unscheduled'); return { jobId, change: () => scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow() }) }; }],
    ['reschedule', async () => { const { jobId, appointmentId } = await jobInStatus('scheduled'); return { jobId, change: () => rescheduleAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, ...windowOn(3, '08:00', '10:00') }) }; }],
    ['reassign', async () => { const { jobId, appointmentId } = await jobInStatus('scheduled'); return { jobId, change: () => reassignAppointment(boltDispatcher, { jobId, appointmentId: appointmentId!, technicianId: boltTech2.userId }) }; }],
    ['cancel appointment', async () => { const { jobId, appointmentId } = await jobInStatus('scheduled'); return { jobId, change: () => cancelAppointment(boltDispatcher, { jobId, appointmentId: appointmentId! }) }; }],
    ['On My Way', async () => { const { jobId, appointmentId } = await jobInStatus('scheduled'); return { jobId, change: () => markEnroute(boltTech, { jobId, appointmentId: appointmentId!, etaMinutes: 15 }) }; }],
    ['start', async () => { const { jobId, appointmentId } = await jobInStatus('scheduled'); return { jobId, change: () => startAppointment(boltTech, { jobId, appointmentId: appointmentId! }) }; }],
    ['complete', async () => { const { jobId, appointmentId } = await jobInStatus('in_progress'); return { jobId, change: () => completeAppointment(boltTech, { jobId, appointmentId: appointmentId!, completeReasonId: reasonIds.acmeComplete }) }; }],
    ['Complete Job', async () => { const { jobId } = await jobInStatus('paused'); return { jobId, change: () => completeJob(boltDispatcher, { jobId }) }; }],
    ['Cancel Job', async () => { const { jobId } = await jobInStatus('in_progress'); return { jobId, change: () => cancelJob(acmeAdmin, { jobId, reason: 'Duplicate' }) }; }],
    ['Reopen Job', async () => { const { jobId } = await jobInStatus('canceled'); return { jobId, change: () => reopenJob(acmeAdmin, { jobId }) }; }],
    ['survey answer', async () => {
      const { jobId, appointmentId } = await jobInStatus('complete');
      const { trackingToken } = await appointmentRow(appointmentId!);
      return { jobId, change: () => answerSurvey({ token: trackingToken, rating: 4 }) };
    }],
  ];

  it.each(CHANGES)('%s', async (_name, stage) => {
    const { jobId, change } = await stage();
    expect(await writesBy(jobId, change)).toEqual(['UPDATE']);
    await expectConsistent(jobId);
  });

  it('an offer expiring (the system acting)', async () => {
    const { jobId } = await jobInStatus('unassigned');
    await offerJob(acmeAdmin, { jobId, providerId: orgIds.bolt, expiresInHours: 1 });
    const later = new Date(Date.now() + 2 * 3_600_000);
    setClock(() => later);
    try {
      expect(await writesBy(jobId, () => expireDueOffers())).toEqual(['UPDATE']);
    } finally {
      setClock(null);
    }
    await expectConsistent(jobId);
  });
});
