import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { customers } from '@/db/schema';
import type { JobStatus } from '@/lib/domain/statuses';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { findJobs } from '@/lib/server/jobs/find-jobs';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import {
  acmeAdmin,
  appErrorOf,
  appointmentRow,
  boltDispatcher,
  boltTech,
  expectRefused,
  jobInStatus,
  jobRow,
  newJobInput,
  offersOf,
  orgIds,
  reasonIds,
  seedWorld,
  tomorrowWindow,
  type StagedJob,
} from './support/fixtures';

beforeAll(() => seedWorld());

/** Deliberately malformed input, as an untrusted form post would send it. */
const raw = <T>(value: Record<string, unknown>) => value as T;
const long = (n: number) => 'x'.repeat(n);
const NO_SUCH_JOB = '40000000-0000-4000-8000-000000000000';

type Case = { op: string; status: JobStatus | null; fields: string[]; run: (job: StagedJob | null) => Promise<unknown> };

const CASES: Case[] = [
  {
    op: 'createJob: every missing field at once',
    status: null,
    fields: ['title', 'addressLine1', 'city', 'region', 'postalCode', 'timeZone'],
    run: () => createJob(acmeAdmin, raw({ customerName: 'Ada Park' })),
  },
  {
    op: 'createJob: several bad fields are all reported',
    status: null,
    fields: ['title', 'city', 'timeZone', 'customerPhone', 'customerEmail', 'priority'],
    run: () =>
      createJob(acmeAdmin, raw({ ...newJobInput(), title: '   ', city: '', timeZone: 'Mars/Olympus', customerPhone: '12', customerEmail: 'ada@', priority: 'asap' })),
  },
  { op: 'createJob: no customer', status: null, fields: ['customerName'], run: () => createJob(acmeAdmin, newJobInput({ customerName: '  ' })) },
  { op: 'createJob: title too long', status: null, fields: ['title'], run: () => createJob(acmeAdmin, newJobInput({ title: long(201) })) },
  {
    op: 'createJob: provider that is not an id',
    status: null,
    fields: ['offerToProviderId'],
    run: () => createJob(acmeAdmin, { ...newJobInput(), offerToProviderId: 'bolt' }),
  },
  {
    op: 'createDirectJob: bad fields',
    status: null,
    fields: ['postalCode', 'customerPhone'],
    run: () => createDirectJob(boltDispatcher, { ...newJobInput({ postalCode: '', customerPhone: 'call me' }) }),
  },
  {
    op: 'createDirectJob: first visit with an impossible window',
    status: null,
    fields: ['windowStart'],
    run: () => createDirectJob(boltDispatcher, { ...newJobInput(), firstAppointment: { ...tomorrowWindow(), windowStart: '25:00' } }),
  },
  { op: 'offerJob: provider that is not an id', status: 'unassigned', fields: ['providerId'], run: (j) => offerJob(acmeAdmin, { jobId: j!.jobId, providerId: 'bolt' }) },
  {
    op: 'offerJob: expiry out of range',
    status: 'unassigned',
    fields: ['expiresInHours'],
    run: (j) => offerJob(acmeAdmin, { jobId: j!.jobId, providerId: orgIds.bolt, expiresInHours: 0 }),
  },
  { op: 'offerJob: job id that is not an id', status: 'unassigned', fields: ['jobId'], run: () => offerJob(acmeAdmin, { jobId: '1001', providerId: orgIds.bolt }) },
  { op: 'withdrawOffer: no job id', status: 'offered', fields: ['jobId'], run: () => withdrawOffer(acmeAdmin, raw({})) },
  { op: 'requestUpdate: message too long', status: 'scheduled', fields: ['message'], run: (j) => requestUpdate(acmeAdmin, { jobId: j!.jobId, message: long(501) }) },
  { op: 'acceptOffer: job id that is not an id', status: 'offered', fields: ['jobId'], run: () => acceptOffer(boltDispatcher, { jobId: 'job-1' }) },
  {
    op: 'acceptOffer: first visit missing its times',
    status: 'offered',
    fields: ['firstAppointment'],
    run: (j) => acceptOffer(boltDispatcher, raw({ jobId: j!.jobId, firstAppointment: { date: '2031-01-01' } })),
  },
  { op: 'declineOffer: no reason', status: 'offered', fields: ['reason'], run: (j) => declineOffer(boltDispatcher, raw({ jobId: j!.jobId })) },
  {
    op: 'declineOffer: a reason not on the list',
    status: 'offered',
    fields: ['reason'],
    run: (j) => declineOffer(boltDispatcher, raw({ jobId: j!.jobId, reason: 'Meh' })),
  },
  { op: 'declineOffer: "Other" without saying why', status: 'offered', fields: ['note'], run: (j) => declineOffer(boltDispatcher, { jobId: j!.jobId, reason: 'Other', note: ' ' }) },
  {
    op: 'scheduleAppointment: technician that is not an id, no date',
    status: 'unscheduled',
    fields: ['technicianId', 'date'],
    run: (j) => scheduleAppointment(boltDispatcher, raw({ jobId: j!.jobId, windowStart: '09:00', windowEnd: '11:00', technicianId: 'tom' })),
  },
  {
    op: 'rescheduleAppointment: appointment id that is not an id',
    status: 'scheduled',
    fields: ['appointmentId'],
    run: (j) => rescheduleAppointment(boltDispatcher, { jobId: j!.jobId, appointmentId: 'first', ...tomorrowWindow() }),
  },
  {
    op: 'reassignAppointment: technician that is not an id',
    status: 'scheduled',
    fields: ['technicianId'],
    run: (j) => reassignAppointment(boltDispatcher, { jobId: j!.jobId, appointmentId: j!.appointmentId!, technicianId: 'tina' }),
  },
  {
    op: 'reassignAppointment: no technician field at all',
    status: 'scheduled',
    fields: ['technicianId'],
    run: (j) => reassignAppointment(boltDispatcher, raw({ jobId: j!.jobId, appointmentId: j!.appointmentId! })),
  },
  {
    op: 'cancelAppointment: reason too long',
    status: 'scheduled',
    fields: ['reason'],
    run: (j) => cancelAppointment(boltDispatcher, { jobId: j!.jobId, appointmentId: j!.appointmentId!, reason: long(501) }),
  },
  ...[0, 601, 2.5, 'soon'].map(
    (etaMinutes): Case => ({
      op: `markEnroute: ETA of ${JSON.stringify(etaMinutes)} minutes`,
      status: 'scheduled',
      fields: ['etaMinutes'],
      run: (j) => markEnroute(boltTech, raw({ jobId: j!.jobId, appointmentId: j!.appointmentId!, etaMinutes })),
    }),
  ),
  { op: 'startAppointment: no appointment id', status: 'scheduled', fields: ['appointmentId'], run: (j) => startAppointment(boltTech, raw({ jobId: j!.jobId })) },
  {
    op: 'completeAppointment: reason that is not an id, note too long',
    status: 'in_progress',
    fields: ['completeReasonId', 'note'],
    run: (j) => completeAppointment(boltTech, { jobId: j!.jobId, appointmentId: j!.appointmentId!, completeReasonId: 'done', note: long(2001) }),
  },
  { op: 'completeJob: note too long', status: 'paused', fields: ['note'], run: (j) => completeJob(boltDispatcher, { jobId: j!.jobId, note: long(2001) }) },
  { op: 'cancelJob: blank reason', status: 'scheduled', fields: ['reason'], run: (j) => cancelJob(acmeAdmin, { jobId: j!.jobId, reason: '   ' }) },
  { op: 'cancelJob: reason too long', status: 'scheduled', fields: ['reason'], run: (j) => cancelJob(acmeAdmin, { jobId: j!.jobId, reason: long(501) }) },
  { op: 'reopenJob: job id that is not an id', status: 'canceled', fields: ['jobId'], run: () => reopenJob(acmeAdmin, { jobId: 'x' }) },
];

describe('bad input is refused with field errors, and nothing changes', () => {
  it.each(CASES)('$op', async ({ status, fields, run }) => {
    const job = status ? await jobInStatus(status) : null;
    const before = job ? await jobRow(job.jobId) : null;

    const error = await expectRefused('INVALID_INPUT', () => run(job));

    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(expect.arrayContaining([...fields].sort()));
    for (const field of fields) expect(error.fieldErrors![field]!.length).toBeGreaterThan(0);
    if (job) expect((await jobRow(job.jobId)).version).toBe(before!.version);
  });

  it('lists refuse a page size or status outside the allowed set', async () => {
    expect((await appErrorOf(findJobs(acmeAdmin, { limit: 0 }))).code).toBe('INVALID_INPUT');
    expect((await appErrorOf(findJobs(acmeAdmin, { limit: 100_000 }))).code).toBe('INVALID_INPUT');
    expect((await appErrorOf(findJobs(acmeAdmin, raw({ statuses: ['open'] })))).fieldErrors).toHaveProperty('statuses');
    expect((await appErrorOf(findJobs(acmeAdmin, { cursor: 'garbage' }))).code).toBe('INVALID_INPUT');
  });

  it('an id that is well formed but names no job is not found', async () => {
    await expectRefused('NOT_FOUND', () => cancelJob(acmeAdmin, { jobId: NO_SUCH_JOB, reason: 'Gone' }));
    await expectRefused('NOT_FOUND', () => acceptOffer(boltDispatcher, { jobId: NO_SUCH_JOB }));
    const { jobId } = await jobInStatus('scheduled');
    await expectRefused('NOT_FOUND', () => startAppointment(boltDispatcher, { jobId, appointmentId: NO_SUCH_JOB }));
  });
});

describe('input is normalised', () => {
  it('phone numbers are stored in E.164, emails in lower case, text trimmed', async () => {
    const { jobId } = await createJob(acmeAdmin, newJobInput({ customerPhone: '(512) 555-0143', customerEmail: '  Ada.Park@Example.COM ', title: '  Leaking tap  ' }));

    const job = await jobRow(jobId);
    const db = await getDb();
    const [customer] = await db.select().from(customers).where(eq(customers.id, job.customerId));
    expect(job.title).toBe('Leaking tap');
    expect(customer).toMatchObject({ phone: '+15125550143', email: 'ada.park@example.com' });
  });

  it('form values arrive as strings: an ETA of "15" is 15 minutes', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');

    await markEnroute(boltTech, raw({ jobId, appointmentId, etaMinutes: '15' }));

    expect((await appointmentRow(appointmentId!)).etaMinutes).toBe(15);
  });
});

describe('fields an operation does not take are ignored', () => {
  it('createJob: the owner, provider, status and number come from the operation, not the input', async () => {
    const input = { ...newJobInput(), organizationId: orgIds.otherCo, providerId: orgIds.bolt, isDirect: true, status: 'complete', number: 1, version: 99 };

    const { jobId, number } = await createJob(acmeAdmin, input);

    expect(await jobRow(jobId)).toMatchObject({
      organizationId: orgIds.acme,
      providerId: null,
      isDirect: false,
      status: 'unassigned',
      number,
      version: 1,
    });
    expect(number).not.toBe(1);
  });

  it('createDirectJob: a direct job always belongs to the acting provider', async () => {
    const input = { ...newJobInput(), organizationId: orgIds.acme, providerId: orgIds.northside, isDirect: false, status: 'complete' };

    const { jobId } = await createDirectJob(boltDispatcher, input);

    expect(await jobRow(jobId)).toMatchObject({ organizationId: orgIds.bolt, providerId: orgIds.bolt, isDirect: true, status: 'unscheduled' });
  });

  it('acceptOffer: the job goes to the accepting provider whatever the input says', async () => {
    const { jobId } = await jobInStatus('offered');

    await acceptOffer(boltDispatcher, { jobId, providerId: orgIds.northside, status: 'complete' } as { jobId: string });

    expect(await jobRow(jobId)).toMatchObject({ providerId: orgIds.bolt, status: 'unscheduled' });
    expect(await offersOf(jobId)).toEqual([expect.objectContaining({ providerId: orgIds.bolt, status: 'accepted' })]);
  });

  it('scheduleAppointment: a new visit is scheduled, with its own tracking token, whatever the input says', async () => {
    const { jobId } = await jobInStatus('unscheduled');
    const input = { jobId, ...tomorrowWindow(), status: 'complete', trackingToken: 'guessable', completeReasonId: reasonIds.acmeComplete };

    const { result, status } = await scheduleAppointment(boltDispatcher, input);

    expect(status).toBe('scheduled');
    const visit = await appointmentRow(result.appointmentId);
    expect(visit).toMatchObject({ status: 'scheduled', completeReasonId: null });
    expect(visit.trackingToken).not.toBe('guessable');
  });

  it('markEnroute: the ETA instant is computed from the minutes, not taken from the input', async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    const input = { jobId, appointmentId: appointmentId!, etaMinutes: 10, etaAt: new Date('2099-01-01T00:00:00Z'), status: 'complete' };

    const { result } = await markEnroute(boltTech, input);

    const visit = await appointmentRow(appointmentId!);
    expect(visit).toMatchObject({ status: 'enroute' });
    expect(visit.etaAt!.toISOString()).toBe(result.etaAt);
    expect(visit.etaAt!.getFullYear()).not.toBe(2099);
  });

  it('cancelJob: a status in the input does not change the outcome', async () => {
    const { jobId } = await jobInStatus('scheduled');

    const { status } = await cancelJob(acmeAdmin, { jobId, reason: 'Duplicate', status: 'complete' } as { jobId: string; reason: string });

    expect(status).toBe('canceled');
    expect((await jobRow(jobId)).status).toBe('canceled');
  });

  it('counts ignore filters they do not know', async () => {
    const before = await countJobsByStatus(acmeAdmin);
    expect(await countJobsByStatus(acmeAdmin, { q: undefined, organizationId: orgIds.otherCo } as { q?: string })).toEqual(before);
  });
});
