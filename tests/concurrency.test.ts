import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { appointments, jobs, offers } from '@/db/schema';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { isAppError, type AppError } from '@/lib/server/errors';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import {
  acmeAdmin,
  acmeStaff,
  appointmentRow,
  boltDispatcher,
  boltTech,
  eventsOf,
  jobInStatus,
  jobRow,
  newJobInput,
  offersOf,
  orgIds,
  seedWorld,
} from './support/fixtures';

beforeAll(() => seedWorld());

// On PostgreSQL every operation takes its own pooled connection, so these calls really overlap;
// on PGlite they queue behind one another, and the end state must be the same.
const onPostgres = process.env.FIELDLINE_TEST_DATABASE === 'postgres';

async function settle<T>(calls: (() => Promise<T>)[]) {
  const results = await Promise.allSettled(calls.map((call) => call()));
  const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
  return { won, lost };
}

/** The database's own error under Drizzle's "Failed query" wrapper. */
async function databaseError(promise: PromiseLike<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await promise;
  } catch (error) {
    return ((error as { cause?: unknown }).cause ?? error) as { code?: string; constraint?: string };
  }
  throw new Error('Expected the database to refuse the statement.');
}

function expectCleanConflict(error: unknown): void {
  expect(isAppError(error)).toBe(true);
  const { code, message } = error as AppError;
  expect(code).toBe('CONFLICT');
  // A sentence a person can act on, never the driver's words.
  expect(message).toMatch(/offer|job/i);
  expect(message).not.toMatch(/duplicate key|violates|Failed query|deadlock|serializ/i);
}

describe('ten simultaneous accepts of one offer', () => {
  it('exactly one succeeds; the nine others are refused with a clear CONFLICT', async () => {
    const { jobId } = await jobInStatus('offered');
    const before = await jobRow(jobId);

    const { won, lost } = await settle(Array.from({ length: 10 }, () => () => acceptOffer(boltDispatcher, { jobId })));

    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    lost.forEach(expectCleanConflict);
    expect((await eventsOf(jobId)).filter((e) => e.type === 'offer.accepted')).toHaveLength(1);
    expect((await offersOf(jobId)).filter((o) => o.status === 'accepted')).toHaveLength(1);
    expect(await jobRow(jobId)).toMatchObject({ status: 'unscheduled', providerId: orgIds.bolt, version: before.version + 1 });
  });
});

describe('the database itself guards the offers', () => {
  it('refuses a second accepted offer for a job, even inserted directly', async () => {
    const { jobId } = await jobInStatus('unscheduled');
    const db = await getDb();

    const error = await databaseError(db.insert(offers).values({ jobId, providerId: orgIds.northside, status: 'accepted' }));

    expect(error).toMatchObject({ code: '23505', constraint: 'offers_one_accepted_per_job' });
    expect((await offersOf(jobId)).filter((o) => o.status === 'accepted')).toHaveLength(1);
  });

  it('refuses a second pending offer for a job, even inserted directly', async () => {
    const { jobId } = await jobInStatus('offered');
    const db = await getDb();

    const error = await databaseError(db.insert(offers).values({ jobId, providerId: orgIds.northside, status: 'pending' }));

    expect(error).toMatchObject({ code: '23505', constraint: 'offers_one_pending_per_job' });
  });
});

describe.runIf(onPostgres)('races on a PostgreSQL server', () => {
  it('Start Appointment racing Cancel Job never leaves a started visit on a canceled job', async () => {
    for (let i = 0; i < 25; i++) {
      const { jobId, appointmentId } = await jobInStatus('scheduled');

      const [started, canceled] = await Promise.allSettled([
        startAppointment(boltTech, { jobId, appointmentId: appointmentId! }),
        cancelJob(acmeAdmin, { jobId, reason: 'Customer called it off' }),
      ]);

      expect(canceled.status).toBe('fulfilled');
      if (started.status === 'rejected') expectCleanConflict(started.reason);
      expect(await jobRow(jobId)).toMatchObject({ status: 'canceled' });
      expect(await appointmentRow(appointmentId!)).toMatchObject({ status: 'canceled' });
      const types = (await eventsOf(jobId)).map((e) => e.type);
      expect(types.at(-1)).toBe('job.canceled');
      expect(types.filter((t) => t === 'appointment.started')).toHaveLength(started.status === 'fulfilled' ? 1 : 0);
    }
  });

  it('Accept racing Withdraw: one of them wins and the job agrees with its offer', async () => {
    for (let i = 0; i < 15; i++) {
      const { jobId } = await jobInStatus('offered');

      const [accepted, withdrawn] = await Promise.allSettled([acceptOffer(boltDispatcher, { jobId }), withdrawOffer(acmeStaff, { jobId })]);

      expect([accepted.status, withdrawn.status].sort()).toEqual(['fulfilled', 'rejected']);
      const loser = accepted.status === 'rejected' ? accepted.reason : (withdrawn as PromiseRejectedResult).reason;
      expect(isAppError(loser)).toBe(true);
      const [offer] = await offersOf(jobId);
      const job = await jobRow(jobId);
      if (accepted.status === 'fulfilled') {
        expect([offer!.status, job.status, job.providerId]).toEqual(['accepted', 'unscheduled', orgIds.bolt]);
      } else {
        // Depending on when it read the job, the accept finds nothing or finds it no longer offered.
        expect(['NOT_FOUND', 'CONFLICT']).toContain((loser as AppError).code);
        expect([offer!.status, job.status, job.providerId]).toEqual(['withdrawn', 'unassigned', null]);
      }
    }
  });

  it('jobs created at the same moment get distinct numbers', async () => {
    const { won, lost } = await settle(Array.from({ length: 10 }, (_, i) => () => createJob(acmeAdmin, newJobInput({ title: `Burst ${i}` }))));

    expect(lost).toEqual([]);
    expect(new Set(won.map((j) => j.number)).size).toBe(10);
  });

  it('many technicians starting many visits at once leave every job In Progress', async () => {
    const staged = await Promise.all(Array.from({ length: 8 }, () => jobInStatus('scheduled')));

    const { lost } = await settle(staged.map(({ jobId, appointmentId }) => () => startAppointment(boltTech, { jobId, appointmentId: appointmentId! })));

    expect(lost).toEqual([]);
    const db = await getDb();
    const ids = staged.map((s) => s.jobId);
    expect((await db.select({ status: jobs.status }).from(jobs).where(inArray(jobs.id, ids))).map((j) => j.status)).toEqual(ids.map(() => 'in_progress'));
    const open = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(inArray(appointments.jobId, ids), eq(appointments.status, 'started')));
    expect(open).toHaveLength(8);
  });
});
