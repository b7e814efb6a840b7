// `npm run bench:live`: how fast a committed change reaches every kind of open screen, and what a
// thousand streams held by one account cost everyone else. Needs `npm run build` first. Runs two
// `next start` instances on a throwaway PostgreSQL database (BENCH_DATABASE_URL, default the local
// server), opens 200 live streams (Manage, provider, technician, customer tracking) spread over
// both, makes 500 changes through the data-access layer, and prints commit → event percentiles per
// audience; then another user's Jobs List p95 with 0 and 1,000 streams held by one account; then
// commit → DOM updated in Chromium for the Manage job page and the technician's view.
import { randomBytes } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { appointments } from '@/db/schema';
import { zonedTimeToInstant } from '@/lib/domain/zoned-time';
import { formatWindow } from '@/lib/format/time';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { startApp, type AppInstance } from './bench/app-instance';
import { launchBrowser, whenTextAppears } from './bench/dom-latency';
import { signInOverHttp, type HttpSession } from './bench/http-session';
import { BENCH_PASSWORD, buildLiveWorld, type BenchVisit, type LiveWorld } from './bench/live-world';
import { ms, percentiles } from './bench/percentiles';
import { openSse, type SseConnection } from './bench/sse-client';
import { throwawayDatabase } from './bench/throwaway-database';

const PER_AUDIENCE = 50;
const CHANGES = Number(process.env.BENCH_CHANGES ?? 500);
const ATTACK_STREAMS = 1000;
const LIST_REQUESTS = 200;
const DOM_RUNS = 20;
const ZONE = 'America/Chicago';
process.env.FIELDLINE_QUIET_LOGS = '1';

type Audience = 'manage' | 'provider' | 'technician' | 'tracking';
type Stream = { audience: Audience; connection: SseConnection; jobId?: string };

/** A change under measurement: which streams must hear of it, and when each did. */
type Pending = { jobId: string; waiting: Set<Stream>; heardAt: Map<Stream, number>; done: () => void };

let pending: Pending | undefined;

function heard(stream: Stream, jobId: string | undefined, at: number): void {
  if (!pending || jobId !== pending.jobId || !pending.waiting.has(stream)) return;
  pending.waiting.delete(stream);
  pending.heardAt.set(stream, at);
  if (pending.waiting.size === 0) pending.done();
}

function openStream(instance: AppInstance, path: string, session: HttpSession | null, audience: Audience, jobId?: string): Stream {
  const stream: Stream = { audience, jobId } as Stream;
  stream.connection = openSse(`${instance.url}${path}`, session ? { cookie: session.cookie } : {}, (event) => {
    if (event.event === 'job') heard(stream, (JSON.parse(event.data) as { jobId?: string }).jobId, event.at);
    if (event.event === 'visit') heard(stream, stream.jobId, event.at);
  });
  return stream;
}

let windowStep = 0;

/** The window of step `step`: a different minute every time, so screens can tell the changes apart. */
function windowAt(step: number) {
  const date = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const minute = String(step % 60).padStart(2, '0');
  const hour = 7 + (Math.floor(step / 60) % 8);
  const windowStart = `${String(hour).padStart(2, '0')}:${minute}`;
  const windowEnd = `${String(hour + 2).padStart(2, '0')}:${minute}`;
  const text = formatWindow(zonedTimeToInstant(date, windowStart, ZONE), zonedTimeToInstant(date, windowEnd, ZONE), ZONE);
  return { date, windowStart, windowEnd, text };
}

/** Moves the visit to the next step's window; returns the window as screens show it. */
async function reschedule(world: LiveWorld, visit: BenchVisit): Promise<string> {
  windowStep += 1;
  const { text, ...window } = windowAt(windowStep);
  await rescheduleAppointment(world.dispatchers[0]!, { jobId: visit.jobId, appointmentId: visit.appointmentId, ...window });
  return text;
}

async function measureChanges(world: LiveWorld, streams: Stream[]) {
  const latencies = new Map<Audience, number[]>();
  let missed = 0;
  for (let k = 0; k < CHANGES; k++) {
    const visit = world.visits[k % world.visits.length]!;
    const waiting = new Set(streams.filter((s) => s.audience === 'manage' || s.audience === 'provider' || s.jobId === visit.jobId));
    let done: () => void = () => {};
    const all = new Promise<void>((resolve) => (done = resolve));
    pending = { jobId: visit.jobId, waiting, heardAt: new Map(), done };
    if (k % 2 === 0) await reschedule(world, visit);
    else await requestUpdate(world.admin, { jobId: visit.jobId });
    const committedAt = Date.now();
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    for (const [stream, at] of pending.heardAt) {
      const list = latencies.get(stream.audience) ?? [];
      list.push(Math.max(0, at - committedAt));
      latencies.set(stream.audience, list);
    }
    missed += pending.waiting.size;
    pending = undefined;
  }
  return { latencies, missed };
}

async function measureList(instance: AppInstance, session: HttpSession, world: LiveWorld): Promise<number[]> {
  let stop = false;
  // Changes keep coming while the list is measured, so per-change fan-out work shows.
  const background = (async () => {
    for (let k = 0; !stop; k++) {
      await requestUpdate(world.admin, { jobId: world.visits[k % world.visits.length]!.jobId });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const times: number[] = [];
  for (let i = 0; i < LIST_REQUESTS + 10; i++) {
    const started = performance.now();
    const response = await fetch(`${instance.url}/manage/jobs`, { headers: { cookie: session.cookie } });
    await response.text();
    if (!response.ok) throw new Error(`/manage/jobs: HTTP ${response.status}`);
    if (i >= 10) times.push(performance.now() - started);
  }
  stop = true;
  await background;
  return times;
}

async function measureDom(instances: [AppInstance, AppInstance], world: LiveWorld) {
  const browser = await launchBrowser();
  try {
    const results: Record<string, number[]> = {};
    const visit = world.visits[0]!;
    const screens = [
      { name: 'Manage job page', instance: instances[1], email: world.admin.email, path: `/manage/jobs/${visit.jobId}` },
      { name: "Technician's view", instance: instances[0], email: visit.technician.email, path: '/provider/today' },
    ];
    for (const screen of screens) {
      const session = await signInOverHttp(screen.instance.url, screen.email, BENCH_PASSWORD);
      const context = await browser.newContext();
      await context.addCookies(session.cookies(screen.instance.url));
      const page = await context.newPage();
      await page.goto(`${screen.instance.url}${screen.path}`);
      await page.waitForTimeout(1_000);
      const times: number[] = [];
      for (let run = 0; run < DOM_RUNS; run++) {
        const expected = windowAt(windowStep + 1).text;
        const shown = whenTextAppears(page, expected);
        const text = await reschedule(world, visit);
        if (text !== expected) throw new Error(`expected "${expected}", rescheduled to "${text}"`);
        const committedAt = Date.now();
        times.push(Math.max(0, (await shown) - committedAt));
      }
      results[screen.name] = times;
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

const database = await throwawayDatabase('fieldline_bench_live');
const { handle } = database;
const instances: AppInstance[] = [];
const streams: Stream[] = [];
try {
  console.log(`Building the world: ${PER_AUDIENCE} staff, dispatchers and technicians, one visit each…`);
  const world = await buildLiveWorld(handle.db, PER_AUDIENCE);
  const tokens = await handle.db
    .select({ id: appointments.id, token: appointments.trackingToken })
    .from(appointments)
    .where(inArray(appointments.id, world.visits.map((v) => v.appointmentId)));
  for (const visit of world.visits) visit.trackingToken = tokens.find((t) => t.id === visit.appointmentId)!.token;

  const env = { DATABASE_URL: database.url, AUTH_SECRET: randomBytes(33).toString('base64'), FIELDLINE_WORKER: 'off', FIELDLINE_QUIET_LOGS: '1' };
  console.log('Starting two app instances…');
  instances.push(...(await Promise.all([startApp(3311, env), startApp(3312, env)])));
  const [a, b] = instances as [AppInstance, AppInstance];
  const pick = (i: number) => (i % 2 === 0 ? a : b);

  console.log('Signing in and opening 200 streams…');
  for (let i = 0; i < PER_AUDIENCE; i++) {
    const staff = await signInOverHttp(pick(i).url, world.staff[i]!.email, BENCH_PASSWORD);
    streams.push(openStream(pick(i), '/api/live', staff, 'manage'));
    const dispatcher = await signInOverHttp(pick(i + 1).url, world.dispatchers[i]!.email, BENCH_PASSWORD);
    streams.push(openStream(pick(i + 1), '/api/live', dispatcher, 'provider'));
    const visit = world.visits[i]!;
    const technician = await signInOverHttp(pick(i).url, visit.technician.email, BENCH_PASSWORD);
    streams.push(openStream(pick(i), '/api/live', technician, 'technician', visit.jobId));
    streams.push(openStream(pick(i + 1), `/api/tracking/${visit.trackingToken}/live`, null, 'tracking', visit.jobId));
  }
  await Promise.all(streams.map((s) => s.connection.opened));
  await new Promise((resolve) => setTimeout(resolve, 500));

  console.log(`Making ${CHANGES} changes through the data-access layer…\n`);
  const { latencies, missed } = await measureChanges(world, streams);
  console.log('Commit → event received, per audience (200 streams over 2 instances):');
  console.log('| audience | events | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|');
  const all: number[] = [];
  for (const [audience, values] of latencies) {
    all.push(...values);
    const p = percentiles(values);
    console.log(`| ${audience} | ${p.n} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${ms(p.max)} |`);
  }
  const overall = percentiles(all);
  console.log(`| all | ${overall.n} | ${ms(overall.p50)} | ${ms(overall.p95)} | ${ms(overall.p99)} | ${ms(overall.max)} |`);
  console.log(`Missed (not heard within 3 s): ${missed}. Target p95 ≤ 300 ms: ${overall.p95 <= 300 && missed === 0 ? 'met' : 'MISSED'}.\n`);

  const viewer = await signInOverHttp(a.url, world.admin.email, BENCH_PASSWORD);
  const quiet = percentiles(await measureList(a, viewer, world));
  const attacker = await signInOverHttp(a.url, world.dispatchers[1]!.email, BENCH_PASSWORD);
  console.log(`Opening ${ATTACK_STREAMS} streams as one account on instance A…`);
  const attack = Array.from({ length: ATTACK_STREAMS }, () => openSse(`${a.url}/api/live`, { cookie: attacker.cookie }, () => {}));
  await Promise.allSettled(attack.map((s) => s.opened));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const stillOpen = (await Promise.all(attack.map((s) => Promise.race([s.closed.then(() => false, () => false), new Promise<boolean>((r) => setTimeout(() => r(true), 50))])))).filter(Boolean).length;
  const loaded = percentiles(await measureList(a, viewer, world));
  attack.forEach((s) => s.close());
  console.log(`Another user's Jobs List on instance A, ${LIST_REQUESTS} requests, changes every 100 ms:`);
  console.log(`| streams held by one account | p50 | p95 | p99 |\n|---|---|---|---|`);
  console.log(`| 0 | ${ms(quiet.p50)} | ${ms(quiet.p95)} | ${ms(quiet.p99)} |`);
  console.log(`| ${ATTACK_STREAMS} opened (${stillOpen} still open) | ${ms(loaded.p50)} | ${ms(loaded.p95)} | ${ms(loaded.p99)} |`);
  const ratio = loaded.p95 / quiet.p95;
  console.log(`p95 ratio ${ratio.toFixed(2)}. Target ≤ 1.2: ${ratio <= 1.2 ? 'met' : 'MISSED'}.\n`);

  console.log(`Commit → DOM updated in Chromium, ${DOM_RUNS} runs each:`);
  console.log('| screen | p50 | p95 | max |\n|---|---|---|---|');
  for (const [screen, values] of Object.entries(await measureDom([a, b], world))) {
    const p = percentiles(values);
    console.log(`| ${screen} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.max)} | ${p.p95 <= 1000 ? '' : 'MISSED (target p95 ≤ 1 s)'}`);
  }
} finally {
  streams.forEach((s) => s.connection.close());
  await Promise.all(instances.map((i) => i.stop()));
  await database.drop();
}
