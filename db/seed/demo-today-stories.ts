import type { Actor } from '@/lib/server/actor';
import type { Scenario } from './demo-scenario';
import { TechBookings } from './demo-bookings';
import type { DemoProvider } from './demo-cast';
import { daysAgo, futureVisit } from './demo-moments';
import type { JobStory, Visit } from './demo-story';
import { completeNote } from './demo-work';

// The technician view and the schedule board are only useful with work happening now, so
// these stories are placed around the real current hour in Central Time.
const central = { central: true } as const;
const bolt = { ...central, trade: 'plumbing' } as const;
const northside = { ...central, trade: 'hvac' } as const;

const toni = (p: DemoProvider) => p.technicians[0]!;
const techNamed = (p: DemoProvider, first: string) => p.technicians.find((t) => t.name.startsWith(first))!;

/**
 * Books the technician at once: these stories start before any step runs, so their windows
 * are taken before drawn visits look for a free technician.
 */
function reserve(s: JobStory, day: number, startHour: number, hours: number, tech: Actor | null): Visit {
  const visit = { ...s.world.calendar.window(day, startHour, hours, s.timeZone), tech };
  if (tech) s.world.bookings.book(tech.userId, TechBookings.span(visit, s.timeZone));
  return visit;
}

/**
 * A window today starting `fromNow` hours from the current hour; late in the evening a
 * visit that no longer fits today goes to tomorrow afternoon, clear of Toni's morning.
 */
function around(s: JobStory, fromNow: number, hours: number, tech: Actor | null): Visit {
  const { calendar } = s.world;
  if (fromNow > 0 && !calendar.fitsToday(fromNow, hours, s.timeZone)) return reserve(s, 1, 13 + fromNow, hours, tech);
  return reserve(s, 0, calendar.hour(s.timeZone) + fromNow, hours, tech);
}

async function accepted(s: JobStory, provider: DemoProvider, visit: Visit) {
  await s.create(daysAgo(s, 1, 3), provider);
  return (await s.accept(s.later(30, 240), provider, visit))!;
}

/** Under way right now: On My Way a few minutes ago, and started too when `started`. */
async function underWay(s: JobStory, appointmentId: string, started: boolean) {
  const { calendar } = s.world;
  if (!started) return s.enroute(calendar.minutesAgo(s.rng.int(5, 15)), appointmentId, s.rng.int(15, 30));
  await s.enroute(calendar.minutesAgo(s.rng.int(70, 95)), appointmentId, 20);
  return s.start(calendar.minutesAgo(s.rng.int(30, 50)), appointmentId);
}

export const TODAY_SCENARIOS: Scenario[] = [
  {
    ...bolt,
    name: 'Toni: finished this morning (or yesterday, early in the day)',
    count: 1,
    expect: 'complete',
    run: async (s, c) => {
      const day = s.world.calendar.hour(s.timeZone) >= 13 ? 0 : -1;
      const appointmentId = await accepted(s, c.right, reserve(s, day, 8, 2, toni(c.right)));
      await s.workVisit(appointmentId, 'Repaired (job completed)', completeNote(s.rng, 'plumbing'));
    },
  },
  {
    ...bolt,
    name: 'Toni: On My Way',
    count: 1,
    expect: 'in_progress',
    run: async (s, c) => underWay(s, await accepted(s, c.right, around(s, -1, 3, toni(c.right))), false),
  },
  {
    ...bolt,
    name: 'Toni: later today',
    count: 1,
    expect: 'scheduled',
    run: (s, c) => accepted(s, c.right, around(s, 2, 2, toni(c.right))),
  },
  {
    ...bolt,
    direct: true,
    name: 'Toni: later today (direct)',
    count: 1,
    expect: 'scheduled',
    run: (s, c) => s.createDirect(daysAgo(s, 1), around(s, 4, 2, toni(c.right))),
  },
  ...(
    [
      [1, 8],
      [1, 13],
      [2, 10],
      [4, 15],
    ] as const
  ).map(
    ([day, hour]): Scenario => ({
      ...bolt,
      name: `Toni: in ${day} day(s) at ${hour}:00`,
      count: 1,
      expect: 'scheduled',
      run: (s, c) => accepted(s, c.right, reserve(s, day, hour, 2, toni(c.right))),
    }),
  ),
  {
    ...bolt,
    name: 'Toni: moved to later this week',
    count: 1,
    expect: 'scheduled',
    run: async (s, c) => {
      const appointmentId = await accepted(s, c.right, reserve(s, 1, 10, 2, toni(c.right)));
      await s.reschedule(s.later(60, 300), appointmentId, reserve(s, 3, 13, 2, toni(c.right)));
    },
  },
  {
    ...bolt,
    name: 'Jordan: started',
    count: 1,
    expect: 'in_progress',
    run: async (s, c) => underWay(s, await accepted(s, c.right, around(s, -2, 4, techNamed(c.right, 'Jordan'))), true),
  },
  {
    ...bolt,
    direct: true,
    name: 'Marcus: On My Way (direct)',
    count: 1,
    expect: 'in_progress',
    run: async (s, c) => underWay(s, (await s.createDirect(daysAgo(s, 1, 2), around(s, -1, 3, techNamed(c.right, 'Marcus'))))!, false),
  },
  {
    ...bolt,
    name: 'Bolt: today, no technician yet',
    count: 1,
    expect: 'scheduled',
    run: (s, c) => accepted(s, c.right, around(s, 2, 3, null)),
  },
  {
    ...northside,
    name: 'Elena: started',
    count: 1,
    expect: 'in_progress',
    run: async (s, c) => underWay(s, await accepted(s, c.right, around(s, -2, 4, techNamed(c.right, 'Elena'))), true),
  },
  {
    ...northside,
    name: 'Darius: On My Way',
    count: 1,
    expect: 'in_progress',
    run: async (s, c) => underWay(s, await accepted(s, c.right, around(s, -1, 3, techNamed(c.right, 'Darius'))), false),
  },
  {
    ...northside,
    name: 'Northside: later today',
    count: 2,
    expect: 'scheduled',
    run: (s, c) => accepted(s, c.right, futureVisit(s, 0, c.right, { unassigned: 0.3 })),
  },
];
