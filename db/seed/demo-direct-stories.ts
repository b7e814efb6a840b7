import type { Scenario } from './demo-scenario';
import { daysAgo, futureVisit, hoursAgo, pastVisit } from './demo-moments';
import { completeNote, pauseNote } from './demo-work';

const direct = { direct: true, trade: 'plumbing', central: true } as const;

/** Bolt Plumbing's own customers: no enterprise, Bolt's own complete reasons. */
export const DIRECT_SCENARIOS: Scenario[] = [
  { ...direct, name: 'direct, unscheduled', count: 3, expect: 'unscheduled', run: (s) => s.createDirect(hoursAgo(s, 2, 72)) },
  {
    ...direct,
    name: 'direct, scheduled',
    count: 5,
    expect: 'scheduled',
    run: (s, c) => s.createDirect(daysAgo(s, 0, 4), futureVisit(s, s.rng.int(1, 6), c.right)),
  },
  {
    ...direct,
    name: 'direct, complete',
    count: 6,
    expect: 'complete',
    run: async (s, c) => {
      const created = s.rng.int(2, 28);
      const appointmentId = (await s.createDirect(daysAgo(s, created), pastVisit(s, -s.rng.int(1, created - 1), c.right)))!;
      await s.workVisit(appointmentId, 'Work completed', completeNote(s.rng, 'plumbing'));
    },
  },
  {
    ...direct,
    name: 'direct, paused',
    count: 2,
    expect: 'paused',
    run: async (s, c) => {
      const created = s.rng.int(3, 12);
      const reason = s.rng.pick(['Needs another visit', 'Waiting on parts']);
      const appointmentId = (await s.createDirect(daysAgo(s, created), pastVisit(s, -s.rng.int(1, created - 1), c.right)))!;
      await s.workVisit(appointmentId, reason, pauseNote(s.rng, reason));
    },
  },
  {
    ...direct,
    name: 'direct, paused then Complete Job',
    count: 1,
    expect: 'complete',
    run: async (s, c) => {
      const appointmentId = (await s.createDirect(daysAgo(s, 9), pastVisit(s, -7, c.right)))!;
      await s.workVisit(appointmentId, 'Needs another visit', 'Need to come back with the camera to inspect the line.');
      await s.completeJob(s.later(24 * 60, 48 * 60), 'Camera inspection not needed after all; drain running clear.');
    },
  },
  {
    ...direct,
    name: 'direct, canceled',
    count: 1,
    expect: 'canceled',
    run: async (s, c) => {
      await s.createDirect(daysAgo(s, 3, 10), futureVisit(s, s.rng.int(1, 5), c.right));
      await s.cancel(s.later(2 * 60, 24 * 60), 'provider', 'Customer canceled by phone');
    },
  },
];
