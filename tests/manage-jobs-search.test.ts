import { beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/lib/server/clock';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { createJob } from '@/lib/server/jobs/create-job';
import { findJobs } from '@/lib/server/jobs/find-jobs';
import { JOB_LIST_SORTS, type JobListSort } from '@/lib/server/jobs/job-list-cursor';
import { acmeAdmin, acmeNorthside, boltDispatcher, jobInStatus, newJobInput, northsideDispatcher, otherAdmin, seedWorld } from './support/fixtures';

// Free text reaches names through customer_name_keys and the rest through search_text; a page
// merges the two. These jobs make every seam of that show: one name, a longer name holding it,
// the text only in an address, and both at once.
const found: Record<string, string[]> = { danLewis: [], jordanLewis: [], lewisWay: [], both: [], other: [] };

beforeAll(async () => {
  await seedWorld();
  let minute = 0;
  const create = async (key: string, actor: typeof acmeAdmin, fields: Parameters<typeof newJobInput>[0]) => {
    // Distinct times, and some shared ones, so the merge and the cursor meet ties.
    setClock(() => new Date(Date.UTC(2031, 0, 5, 12, Math.floor(minute++ / 2))));
    try {
      found[key]!.push((await createJob(actor, newJobInput(fields))).jobId);
    } finally {
      setClock(null);
    }
  };
  for (let i = 0; i < 5; i++) await create('danLewis', acmeAdmin, { customerName: 'Dan Lewis', addressLine1: `${i} Oak St` });
  for (let i = 0; i < 3; i++) await create('jordanLewis', acmeAdmin, { customerName: 'Jordan Lewis' });
  for (let i = 0; i < 2; i++) await create('lewisWay', acmeAdmin, { customerName: 'Ada Park', addressLine1: `${i} Dan Lewis Way` });
  await create('both', acmeAdmin, { customerName: 'DAN LEWIS', addressLine1: '7 Dan Lewis Way' });
  for (let i = 0; i < 4; i++) await create('other', acmeAdmin, { customerName: 'Ada Park' });
  for (let i = 0; i < 2; i++) await create('other', otherAdmin, { customerName: 'Dan Lewis' });
});

const idsOf = (page: Awaited<ReturnType<typeof findJobs>>) => page.jobs.map((j) => j.id);

async function pagedSearch(actor: typeof acmeAdmin, q: string, sort: JobListSort, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await findJobs(actor, { q, sort, limit, cursor });
    seen.push(...idsOf(page));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

describe('free-text search in the Jobs List', () => {
  it.each(JOB_LIST_SORTS)('finds every matching job once, in the list’s own order, page by page (sorted by %s)', async (sort) => {
    const expected = [...found.danLewis!, ...found.jordanLewis!, ...found.lewisWay!, ...found.both!];
    // The unfiltered list, narrowed to the matches, is the order the search must keep.
    const inListOrder = idsOf(await findJobs(acmeAdmin, { sort, limit: 100 })).filter((id) => expected.includes(id));
    expect(inListOrder).toHaveLength(11);
    expect(idsOf(await findJobs(acmeAdmin, { q: 'Dan Lewis', sort, limit: 100 }))).toEqual(inListOrder);
    for (const limit of [1, 2, 3, 5]) expect(await pagedSearch(acmeAdmin, 'dan lewis', sort, limit)).toEqual(inListOrder);
  });

  it('matches part of a name or an address, whatever the case, and nothing else', async () => {
    const list = async (q: string) => idsOf(await findJobs(acmeAdmin, { q, limit: 100 })).sort();
    expect(await list('JORDAN')).toEqual([...found.jordanLewis!].sort());
    expect(await list('lewis way')).toEqual([...found.lewisWay!, ...found.both!].sort());
    expect(await list('an lew')).toEqual([...found.danLewis!, ...found.jordanLewis!, ...found.lewisWay!, ...found.both!].sort());
    expect(await list('dan lewis oak')).toEqual([]);
    // LIKE's wildcards are plain characters to the user.
    expect(await list('dan%lewis')).toEqual([]);
    expect(await list('dan_lewis')).toEqual([]);
  });

  it('counts the same jobs it lists, status by status', async () => {
    for (const q of ['dan lewis', 'lewis way', 'jordan']) {
      const listed = (await findJobs(acmeAdmin, { q, limit: 100 })).jobs;
      const counts = await countJobsByStatus(acmeAdmin, { q });
      expect(Object.values(counts).reduce((a, b) => a + b)).toBe(listed.length);
      expect(counts.unassigned).toBe(listed.filter((j) => j.status === 'unassigned').length);
    }
  });

  it('combines with the other filters', async () => {
    const offered = await jobInStatus('offered', { job: { customerName: 'Dan Lewis' } });
    const unassigned = idsOf(await findJobs(acmeAdmin, { q: 'dan lewis', statuses: ['unassigned'], limit: 100 }));
    expect(unassigned).toHaveLength(11);
    expect(idsOf(await findJobs(acmeAdmin, { q: 'dan lewis', statuses: ['offered'] }))).toEqual([offered.jobId]);
  });

  it('finds a name only among the jobs the actor may see', async () => {
    expect(idsOf(await findJobs(otherAdmin, { q: 'dan lewis' })).sort()).toEqual([...found.other!.slice(-2)].sort());
    const held = await jobInStatus('scheduled', { job: { customerName: 'Dan Lewis' } });
    const offeredToNorthside = await jobInStatus('offered', { team: acmeNorthside, job: { customerName: 'Dan Lewis' } });
    expect(idsOf(await findJobs(boltDispatcher, { q: 'dan lewis' }))).toContain(held.jobId);
    expect(idsOf(await findJobs(boltDispatcher, { q: 'dan lewis' }))).not.toContain(offeredToNorthside.jobId);
    expect(idsOf(await findJobs(northsideDispatcher, { q: 'dan lewis' }))).toEqual([offeredToNorthside.jobId]);
    expect(Object.values(await countJobsByStatus(northsideDispatcher, { q: 'dan lewis' })).reduce((a, b) => a + b)).toBe(1);
  });
});
