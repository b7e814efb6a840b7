import { beforeAll, describe, expect, it } from 'vitest';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { findJobs } from '@/lib/server/jobs/find-jobs';
import { setClock } from '@/lib/server/clock';
import { createJob } from '@/lib/server/jobs/create-job';
import { JOB_LIST_SORTS, type JobListSort } from '@/lib/server/jobs/job-list-cursor';
import { acmeAdmin, acmeNorthside, appErrorOf, jobInStatus, jobRow, localDate, newJobInput, orgIds, otherAdmin, seedWorld, TIME_ZONE } from './support/fixtures';

let ids: Record<string, string>;

beforeAll(async () => {
  await seedWorld();
  ids = {
    unassigned: (await jobInStatus('unassigned', { job: { externalId: 'EXT-UN-1' } })).jobId,
    offered: (await jobInStatus('offered')).jobId,
    scheduledBolt: (await jobInStatus('scheduled')).jobId,
    scheduledNorth: (await jobInStatus('scheduled', { team: acmeNorthside, job: { customerName: 'Zed Quill' } })).jobId,
    paused: (await jobInStatus('paused')).jobId,
    complete: (await jobInStatus('complete', { team: acmeNorthside })).jobId,
  };
});

async function allPages(sort: JobListSort, limit: number) {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await findJobs(acmeAdmin, { sort, limit, cursor });
    seen.push(...page.jobs.map((j) => j.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

describe('the Manage jobs list', () => {
  it.each(JOB_LIST_SORTS)('pages through every job exactly once, sorted by %s', async (sort) => {
    const whole = (await findJobs(acmeAdmin, { sort, limit: 100 })).jobs.map((j) => j.id);
    expect(whole).toHaveLength(Object.keys(ids).length);
    expect(await allPages(sort, 2)).toEqual(whole);
  });

  it('pages through jobs that share one timestamp (a bulk import) exactly once', async () => {
    const stamp = new Date('2031-03-04T05:06:07.123456Z');
    setClock(() => stamp);
    try {
      for (let i = 0; i < 7; i++) await createJob(otherAdmin, newJobInput({ title: `Imported ${i}` }));
    } finally {
      setClock(null);
    }
    for (const sort of ['activity', 'created'] as const) {
      const whole = (await findJobs(otherAdmin, { sort, limit: 100 })).jobs.map((j) => j.id);
      expect(whole).toHaveLength(7);
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await findJobs(otherAdmin, { sort, limit: 3, cursor });
        paged.push(...page.jobs.map((j) => j.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(whole);
    }
  });

  it('finds a job by its customer’s phone however it is typed, and by #number', async () => {
    const { jobId } = await createJob(otherAdmin, newJobInput({ title: 'Phone search', customerPhone: '(737) 555-0199' }));
    const { number } = await jobRow(jobId);
    for (const q of ['(737) 555-0199', '737.555.0199', '+1 737 555 0199', '7375550199', '555-0199', `#${number}`]) {
      expect({ q, ids: (await findJobs(otherAdmin, { q })).jobs.map((j) => j.id) }).toEqual({ q, ids: [jobId] });
    }
    expect((await findJobs(otherAdmin, { q: '(737) 555-0100' })).jobs).toEqual([]);
  });

  it('puts the soonest visit first and jobs without one last when sorted by next appointment', async () => {
    const rows = (await findJobs(acmeAdmin, { sort: 'next_visit' })).jobs;
    const withVisit = rows.filter((r) => r.visit?.isOpen).map((r) => r.id);
    expect(new Set(withVisit)).toEqual(new Set([ids.scheduledBolt, ids.scheduledNorth]));
    expect(rows.slice(0, 2).map((r) => r.id)).toEqual(withVisit);
  });

  it('filters by several statuses, provider, text and date ranges at once', async () => {
    const list = async (filters: Parameters<typeof findJobs>[1]) => (await findJobs(acmeAdmin, { ...filters, timeZone: TIME_ZONE })).jobs.map((j) => j.id).sort();
    expect(await list({ statuses: ['scheduled', 'paused'] })).toEqual([ids.scheduledBolt, ids.scheduledNorth, ids.paused].sort());
    expect(await list({ statuses: ['scheduled'], providerId: orgIds.northside })).toEqual([ids.scheduledNorth]);
    expect(await list({ q: 'ext-un-1' })).toEqual([ids.unassigned]);
    expect(await list({ q: 'zed quill' })).toEqual([ids.scheduledNorth]);
    expect(await list({ createdFrom: localDate(0), createdTo: localDate(0) })).toHaveLength(6);
    expect(await list({ createdTo: localDate(-1) })).toEqual([]);
    // The staged visits are tomorrow in the service zone.
    expect(await list({ visitFrom: localDate(1), visitTo: localDate(1) })).toEqual([ids.scheduledBolt, ids.scheduledNorth].sort());
    expect(await list({ visitFrom: localDate(2) })).toEqual([]);
  });

  it('shows the last visit when no visit is open', async () => {
    const row = (await findJobs(acmeAdmin, { q: '' })).jobs.find((j) => j.id === ids.complete)!;
    expect(row.visit).toMatchObject({ status: 'complete', isOpen: false });
  });

  it('counts by status with every filter but the status filter applied', async () => {
    const counts = await countJobsByStatus(acmeAdmin, { providerId: orgIds.northside });
    expect(counts).toMatchObject({ scheduled: 1, complete: 1, paused: 0, unassigned: 0 });
    expect(Object.values(await countJobsByStatus(acmeAdmin, { q: 'zed quill' })).reduce((a, b) => a + b)).toBe(1);
  });

  it('refuses a cursor made for another sort or tampered with', async () => {
    const { nextCursor } = await findJobs(acmeAdmin, { sort: 'created', limit: 1 });
    expect((await appErrorOf(findJobs(acmeAdmin, { sort: 'activity', cursor: nextCursor! }))).code).toBe('INVALID_INPUT');
    expect((await appErrorOf(findJobs(acmeAdmin, { cursor: 'bm90LWpzb24' }))).code).toBe('INVALID_INPUT');
  });

  it('never lists another enterprise’s jobs, whatever the filters', async () => {
    expect((await findJobs(otherAdmin, { providerId: orgIds.bolt })).jobs).toEqual([]);
    expect(await countJobsByStatus(otherAdmin, {})).toMatchObject({ scheduled: 0, paused: 0 });
  });
});
