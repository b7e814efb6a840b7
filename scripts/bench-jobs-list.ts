// Run with `npm run bench:jobs-list` (DATABASE_URL must name a PostgreSQL server). It creates, fills
// and finally drops its own database, fieldline_bench; BENCH_SIZES=10000,1000000 picks the book sizes.
import pg from 'pg';
import { openPostgres, useDatabaseHandle as installDatabase, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import type { Actor } from '@/lib/server/actor';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { findJobs } from '@/lib/server/jobs/find-jobs';
import { bulkLoad, FIRST_NAMES, LAST_NAMES, ORG, STREETS } from './bench/bulk-load';

const DB_NAME = 'fieldline_bench';
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number);
const TARGET_MS = { list: 150, counts: 50, ratio: 1.5 };

const actor: Actor = { userId: ORG.admin, name: 'Bench Admin', role: 'enterprise_admin', organizationId: ORG.enterprise, organizationKind: 'enterprise', source: 'web' };

type Case = { name: string; kind: 'list' | 'counts'; run: () => Promise<unknown> };
type Result = { name: string; kind: Case['kind']; p50: number; p95: number; plan: string };

function serverUrl(database?: string): string {
  const url = new URL(process.env.DATABASE_URL ?? '');
  if (!url.host) throw new Error('Set DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres');
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Records the SQL text of the last statement, so each case can be EXPLAINed exactly as it ran. */
function recordQueries(handle: DatabaseHandle): { last: () => { text: string; values: unknown[] } } {
  const pool = handle.pool!;
  const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  let last = { text: '', values: [] as unknown[] };
  (pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const [query, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    last = typeof query === 'string' ? { text: query, values: values ?? [] } : { text: query.text, values: query.values ?? values ?? [] };
    return original(...args);
  };
  return { last: () => last };
}

async function measure(handle: DatabaseHandle, recorder: ReturnType<typeof recordQueries>, c: Case): Promise<Result> {
  for (let i = 0; i < 5; i += 1) await c.run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await c.run();
    times.push(performance.now() - started);
  }
  const { text, values } = recorder.last();
  const explained = await handle.pool!.query<{ 'QUERY PLAN': string }>(`explain ${text}`, values);
  const plan = explained.rows.map((r) => r['QUERY PLAN']).join('\n');
  times.sort((a, b) => a - b);
  return { name: c.name, kind: c.kind, p50: percentile(times, 50), p95: percentile(times, 95), plan };
}

async function cursorOfPage(page: number): Promise<string> {
  let cursor: string | undefined;
  for (let i = 1; i < page; i += 1) cursor = (await findJobs(actor, { cursor })).nextCursor ?? undefined;
  if (!cursor) throw new Error(`The book has fewer than ${page} pages.`);
  return cursor;
}

async function benchSize(n: number): Promise<Result[]> {
  await onServer(`drop database if exists ${DB_NAME} with (force)`);
  await onServer(`create database ${DB_NAME}`);
  const handle = openPostgres(serverUrl(DB_NAME));
  // Dropping the database at the end ends any connection still idle in the pool; that is expected.
  handle.pool!.on('error', () => undefined);
  await migrateDatabase(handle);
  const loaded = performance.now();
  await bulkLoad(handle.pool!, n);
  console.log(`Loaded ${n.toLocaleString()} jobs (with customers, offers, appointments, events) in ${((performance.now() - loaded) / 1000).toFixed(1)} s.`);
  installDatabase(handle);
  const recorder = recordQueries(handle);
  const page200 = await cursorOfPage(200);
  // Searches whose matches grow with the book: a full name (the book has 1,200 distinct names, so
  // about 8 jobs at 10k and 830 at 1M), a surname (one job in 40) and a street (one job in 10); and
  // one that does not: a phone number (one customer's, about two jobs at any size).
  const fullName = `${FIRST_NAMES[3]} ${LAST_NAMES[17]}`.toLowerCase();
  const surname = LAST_NAMES[17]!.toLowerCase();
  const street = STREETS[0]!.toLowerCase();
  const phone = '(512) 000-1234';
  const cases: Case[] = [
    { name: 'first page', kind: 'list', run: () => findJobs(actor, {}) },
    { name: '200th page (cursor)', kind: 'list', run: () => findJobs(actor, { cursor: page200 }) },
    { name: 'status = scheduled', kind: 'list', run: () => findJobs(actor, { statuses: ['scheduled'] }) },
    { name: `text "${fullName}" (a full name)`, kind: 'list', run: () => findJobs(actor, { q: fullName }) },
    { name: `text "${surname}" (a surname)`, kind: 'list', run: () => findJobs(actor, { q: surname }) },
    { name: `text "${street}" (a street)`, kind: 'list', run: () => findJobs(actor, { q: street }) },
    { name: `text "${phone}" (a phone number)`, kind: 'list', run: () => findJobs(actor, { q: phone }) },
    { name: 'status counts', kind: 'counts', run: () => countJobsByStatus(actor, {}) },
  ];
  const results: Result[] = [];
  for (const c of cases) results.push(await measure(handle, recorder, c));
  await handle.close();
  return results;
}

function report(bySize: Map<number, Result[]>): boolean {
  const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
  let ok = true;
  console.log('\n| case | ' + SIZES.map((n) => `p50 / p95 at ${n.toLocaleString()} (ms)`).join(' | ') + ' | ratio p50 / p95 | target |');
  console.log('|---|' + SIZES.map(() => '---|').join('') + '---|---|');
  bySize.get(large)!.forEach((result, i) => {
    const base = bySize.get(small)![i]!;
    // Judged on the median: at a few milliseconds a p95 is mostly scheduler and GC jitter, not the query.
    const ratio = result.p50 / base.p50;
    const p95Ratio = result.p95 / base.p95;
    const limit = result.kind === 'counts' ? TARGET_MS.counts : TARGET_MS.list;
    // At the small size a sequential scan can be the planner's right choice; at scale it must not be.
    const seqScan = /Seq Scan on jobs/.test(result.plan);
    const pass = result.p95 <= limit && (result.kind === 'counts' || ratio <= TARGET_MS.ratio) && !seqScan;
    ok &&= pass;
    const cells = SIZES.map((n) => `${bySize.get(n)![i]!.p50.toFixed(1)} / ${bySize.get(n)![i]!.p95.toFixed(1)}`);
    console.log(`| ${result.name} | ${cells.join(' | ')} | ${ratio.toFixed(2)} / ${p95Ratio.toFixed(2)} | p95 ≤ ${limit} ms${result.kind === 'list' ? `, ratio ≤ ${TARGET_MS.ratio}` : ''}${seqScan ? ', SEQ SCAN' : ''} ${pass ? 'ok' : 'MISSED'} |`);
  });
  return ok;
}

const bySize = new Map<number, Result[]>();
try {
  for (const n of SIZES) {
    const results = await benchSize(n);
    bySize.set(n, results);
    for (const r of results) console.log(`\nEXPLAIN at ${n.toLocaleString()} — ${r.name}\n${r.plan}`);
  }
  const ok = report(bySize);
  console.log(ok ? '\nAll targets met.' : '\nSome targets were missed (see MISSED above).');
  process.exitCode = ok ? 0 : 1;
} finally {
  if (process.env.BENCH_KEEP !== '1') await onServer(`drop database if exists ${DB_NAME} with (force)`);
}
