import 'server-only';
import { getDatabaseHandle, getDb } from '@/db/client';
import { organizations } from '@/db/schema';
import { setClock } from '@/lib/server/clock';
import { conflict } from '@/lib/server/errors';
import { hashPassword } from '@/lib/server/users/passwords';
import { ACME_SCENARIOS } from './demo-acme-stories';
import { TechBookings } from './demo-bookings';
import { createCast, type Cast } from './demo-cast';
import { DIRECT_SCENARIOS } from './demo-direct-stories';
import { makeCustomer } from './demo-places';
import type { Scenario } from './demo-scenario';
import { StoryScheduler } from './demo-scheduler';
import { JobStory, type World } from './demo-story';
import { DemoCalendar } from './demo-time';
import { TODAY_SCENARIOS } from './demo-today-stories';
import { pickWork } from './demo-work';
import { createRng } from './random';

export const DEMO_PASSWORD = 'fieldline';
const SEED = 20_240_611;
// Any constant works; it only keeps two app instances on one server from seeding at once.
const SEED_LOCK_KEY = 7_240_118;

export async function isDatabaseEmpty(): Promise<boolean> {
  const [row] = await (await getDb()).select({ id: organizations.id }).from(organizations).limit(1);
  return !row;
}

function storyOf(world: World, scenario: Scenario, index: number): () => Promise<void> {
  return async () => {
    const rng = createRng(SEED + index * 7_919);
    const trade = scenario.trade ?? (rng.chance(0.55) ? 'plumbing' : 'hvac');
    const { bolt, northside } = world.cast;
    const [right, other] = trade === 'plumbing' ? [bolt, northside] : [northside, bolt];
    const customer = makeCustomer(rng, scenario.central ? 'central' : 'any');
    const work = {
      ...pickWork(rng, trade),
      trade,
      externalId: !scenario.direct && rng.chance(0.8) ? `AHW-${rng.int(100_000, 999_999)}` : undefined,
      priority: rng.weighted([['low', 10], ['normal', 65], ['high', 20], ['urgent', 5]] as const),
    };
    const story = new JobStory(world, rng, customer, work, scenario.direct ? bolt : null);
    await scenario.run(story, { right, other });
    if (story.status !== scenario.expect) {
      throw new Error(`Demo seed: the story "${scenario.name}" left its job ${story.status}, not ${scenario.expect}.`);
    }
  };
}

async function tellStories(cast: Cast, calendar: DemoCalendar, setNow: (at: Date) => void): Promise<number> {
  const scheduler = new StoryScheduler(setNow);
  const world: World = { cast, calendar, bookings: new TechBookings(), turn: (at) => scheduler.turn(at) };
  const stories = [...ACME_SCENARIOS, ...DIRECT_SCENARIOS, ...TODAY_SCENARIOS]
    .flatMap((scenario) => Array.from({ length: scenario.count }, () => scenario))
    .map((scenario, index) => storyOf(world, scenario, index));
  await scheduler.run(stories);
  return stories.length;
}

/**
 * Fills an empty database with the demo: Acme Home Warranty, its providers Bolt Plumbing and
 * Northside HVAC, their people (password "fieldline"), and about 200 jobs with a month of
 * history, each told through the same operations the portals call.
 *
 * Operations stamp rows with the shared clock, which the seed moves through the past while it
 * runs: don't serve requests from the same process until it returns.
 */
export async function seedDemo(): Promise<{ jobs: number; ms: number }> {
  const started = performance.now();
  return withSeedLock(async () => {
    if (!(await isDatabaseEmpty())) throw conflict('The database already has data; the demo seed only fills an empty database.');
    // Whole minutes, so times read cleanly in the activity log.
    const calendar = new DemoCalendar(new Date(Math.floor(Date.now() / 60_000) * 60_000));
    let cursor = calendar.at(-40, '09:00', 'America/Chicago');
    setClock(() => cursor);
    try {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const cast = await (await getDb()).transaction((tx) => createCast(tx, passwordHash));
      const jobs = await tellStories(cast, calendar, (at) => {
        cursor = at;
      });
      return { jobs, ms: Math.round(performance.now() - started) };
    } finally {
      setClock(null);
    }
  });
}

/** On a PostgreSQL server, holds an advisory lock so only one process seeds; PGlite is one process by its lock file. */
async function withSeedLock<T>(run: () => Promise<T>): Promise<T> {
  const handle = await getDatabaseHandle();
  if (!handle.pool) return run();
  const client = await handle.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SEED_LOCK_KEY]);
    return await run();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [SEED_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
