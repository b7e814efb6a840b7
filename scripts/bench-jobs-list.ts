// Run with `npm run bench:jobs-list` (DATABASE_URL must name a PostgreSQL server). It creates, fills
// and finally drops its own databases, fieldline_bench_<size>; BENCH_SIZES=10000,1000000 picks the
// book sizes, BENCH_RUNS the timed requests per case and size, BENCH_KEEP=1 keeps the databases.
import pg from 'pg';
import { openPostgres, useDatabaseHandle as installDatabase, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import type { Actor } from '@/lib/server/actor';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { findJobs } from '@/lib/server/jobs/find-jobs';
import { bulkLoad, FIRST_NAMES, LAST_NAMES, ORG, STREETS } from './bench/bulk-load';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UPS = 5;
const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number);
const TARGET_MS = { list: 150, counts: 50, ratio: 1.5 };

const actor: Actor = { userId: ORG.admin, name: 'Bench Admin', role: 'enterprise_admin', organizationId: ORG.enterprise, organizationKind: 'enterprise', source: 'web' };

// Searches whose matches grow with the book: a full name (the book has 1,200 distinct names, so
// about 8 jobs at 10k and 830 at 1M), a surname (one job in 40) and a street (one job in 10); and
// one that does not: a phone number (one customer's, about two jobs at any size).
const fullName = `${FIRST_NAMES[3]} ${LAST_NAMES[17]}`.toLowerCase();
const surname = LAST_NAMES[17]!.toLowerCase();
const street = STREETS[0]!.toLowerCase();
const phone = '(512) 000-1234';

type Kind = 'list' | 'counts';
type Case = { name: string; kind: Kind; run: (book: Book) => Promise<unknown> };
type Book = { size: number; handle: DatabaseHandle; page200: string; lastQuery: () => { text: string; values: unknown[] } };
type Result = { p50: number; p95: number; rows: number | null; plan: string };

const CASES: Case[] = [
  { name: 'first page', kind: 'list', run: () => findJobs(actor, {}) },
  { name: '200th page (cursor)', kind: 'list', run: (book) => findJobs(actor, { cursor: book.page200 }) },
  { name: 'status = scheduled', kind: 'list', run: () => findJobs(actor, { statuses: ['scheduled'] }) },
  { name: `text "${fullName}" (a full name)`, kind: 'list', run: () => findJobs(actor, { q: fullName }) },
  { name: `text "${surname}" (a surname)`, kind: 'list', run: () => findJobs(actor, { q: surname }) },
  { name: `text "${street}" (a street)`, kind: 'list', run: () => findJobs(actor, { q: street }) },
  { name: `text "${phone}" (a phone number)`, kind: 'list', run: () => findJobs(actor, { q: phone }) },
  { name: 'status counts', kind: 'counts', run: () => countJobsByStatus(actor, {}) },
];

const dbName = (size: number) => `fieldline_bench_${size}`;

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
function recordQueries(handle: DatabaseHandle): () => { text: string; values: unknown[] } {
  const pool = handle.pool!;
  const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  let last = { text: '', values: [] as unknown[] };
  (pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const [query, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    last = typeof query === 'string' ? { text: query, values: values ?? [] } : { text: query.text, values: query.values ?? values ?? [] };
    return original(...args);
  };
  return () => last;
}

async function cursorOfPage(page: number): Promise<string> {
  let cursor: string | undefined;
  for (let i = 1; i < page; i += 1) cursor = (await findJobs(actor, { cursor })).nextCursor ?? undefined;
  if (!cursor) throw new Error(`The book has fewer than ${page} pages.`);
  return cursor;
}

async function loadBook(size: number): Promise<Book> {
  await onServer(`drop database if exists ${dbName(size)} with (force)`);
  await onServer(`create database ${dbName(size)}`);
  const handle = openPostgres(serverUrl(dbName(size)));
  // Dropping the database at the end ends any connection still idle in the pool; that is expected.
  handle.pool!.on('error', () => undefined);
  await migrateDatabase(handle);
  const started = performance.now();
  await bulkLoad(handle.pool!, size);
  console.log(`Loaded ${size.toLocaleString()} jobs (with customers, offers, appointments, events) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  installDatabase(handle);
  return { size, handle, page200: await cursorOfPage(200), lastQuery: recordQueries(handle) };
}

async function timed(book: Book, c: Case): Promise<number> {
  installDatabase(book.handle);
  const started = performance.now();
  await c.run(book);
  return performance.now() - started;
}

/**
 * Both books are measured in turns, request by request, so whatever the machine does meanwhile
 * (a checkpoint, another process) weighs on both sizes alike and the ratio compares the queries.
 */
async function measure(books: Book[], c: Case): Promise<Result[]> {
  const times = books.map(() => [] as number[]);
  for (let i = 0; i < WARM_UPS; i += 1) for (const book of books) await timed(book, c);
  for (let i = 0; i < RUNS; i += 1) {
    for (const [b, book] of books.entries()) times[b]!.push(await timed(book, c));
  }
  const results: Result[] = [];
  for (const [b, book] of books.entries()) {
    installDatabase(book.handle);
    const output = (await c.run(book)) as { jobs?: unknown[] };
    const { text, values } = book.lastQuery();
    const explained = await book.handle.pool!.query<{ 'QUERY PLAN': string }>(`explain ${text}`, values);
    const sorted = times[b]!.sort((x, y) => x - y);
    results.push({
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      rows: output.jobs ? output.jobs.length : null,
      plan: explained.rows.map((r) => r['QUERY PLAN']).join('\n'),
    });
  }
  return results;
}

function report(results: Map<Case, Result[]>): boolean {
  const [small, large] = [0, SIZES.length - 1];
  let ok = true;
  console.log('\n| case | ' + SIZES.map((n) => `p50 / p95 at ${n.toLocaleString()} (ms), rows`).join(' | ') + ' | ratio p50 / p95 | target |');
  console.log('|---|' + SIZES.map(() => '---|').join('') + '---|---|');
  for (const [c, bySize] of results) {
    const [base, result] = [bySize[small]!, bySize[large]!];
    // Judged on the median: at a few milliseconds a p95 is mostly scheduler and GC jitter, not the query.
    const ratio = result.p50 / base.p50;
    const p95Ratio = result.p95 / base.p95;
    const limit = c.kind === 'counts' ? TARGET_MS.counts : TARGET_MS.list;
    // The ratio asks whether a query costs more because the book is bigger. When the answer itself
    // is bigger (8 matching jobs at 10k, a full page at 1M) it measures the answer instead: shown, not judged.
    const comparable = c.kind === 'list' && base.rows === result.rows;
    // At the small size a sequential scan can be the planner's right choice; at scale it must not be.
    const seqScan = /Seq Scan on jobs/.test(result.plan);
    const pass = result.p95 <= limit && (!comparable || ratio <= TARGET_MS.ratio) && !seqScan;
    ok &&= pass;
    const cells = bySize.map((r) => `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)}${r.rows === null ? '' : `, ${r.rows}`}`);
    const target = `p95 ≤ ${limit} ms${comparable ? `, ratio ≤ ${TARGET_MS.ratio}` : c.kind === 'list' ? ' (rows differ: ratio not judged)' : ''}`;
    console.log(`| ${c.name} | ${cells.join(' | ')} | ${ratio.toFixed(2)} / ${p95Ratio.toFixed(2)} | ${target}${seqScan ? ', SEQ SCAN' : ''} ${pass ? 'ok' : 'MISSED'} |`);
  }
  return ok;
}

const books: Book[] = [];
try {
  SIZES.sort((a, b) => a - b);
  for (const size of SIZES) books.push(await loadBook(size));
  const results = new Map<Case, Result[]>();
  for (const c of CASES) results.set(c, await measure(books, c));
  for (const [c, bySize] of results) bySize.forEach((r, i) => console.log(`\nEXPLAIN at ${SIZES[i]!.toLocaleString()} — ${c.name}\n${r.plan}`));
  const ok = report(results);
  console.log(ok ? '\nAll targets met.' : '\nSome targets were missed (see MISSED above).');
  process.exitCode = ok ? 0 : 1;
} finally {
  for (const book of books) await book.handle.close();
  if (process.env.BENCH_KEEP !== '1') for (const size of SIZES) await onServer(`drop database if exists ${dbName(size)} with (force)`);
}
