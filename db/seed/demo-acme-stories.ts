import { daysAgo, futureVisit, hoursAgo, pastVisit } from './demo-moments';
import type { Scenario, StoryContext } from './demo-scenario';
import type { JobStory, Visit } from './demo-story';
import { completeNote, ENTERPRISE_CANCEL_REASONS, pauseNote, PROVIDER_CANCEL_REASONS, REQUEST_UPDATE_MESSAGES } from './demo-work';

const PAUSES = ['I ordered parts', 'Customer not home', 'Requires follow-up appointment', 'Interrupted (emergency call)'] as const;
const DECLINES = ['No availability', 'Outside our service area', 'Price too low'] as const;

const completing = (s: JobStory) => (s.rng.chance(0.8) ? 'Repaired (job completed)' : 'Ready for billing');

/** Offered on creation, accepted some hours later; half the time the first visit is booked in the same step. */
async function createAndAccept(s: JobStory, c: StoryContext, createdAt: Date, first?: () => Visit) {
  await s.create(createdAt, c.right);
  const bookNow = first && s.rng.chance(0.5);
  const appointmentId = await s.accept(s.later(20, 360), c.right, bookNow ? first() : undefined);
  return appointmentId ?? (first ? s.schedule(s.later(10, 120), first()) : null);
}

/** A job whose first visit, `visitDay` days from today (negative), ended with `reason`. */
async function visited(s: JobStory, c: StoryContext, createdDaysAgo: number, visitDay: number, reason: string) {
  const { rng } = s;
  const appointmentId = (await createAndAccept(s, c, daysAgo(s, createdDaysAgo), () => pastVisit(s, visitDay, c.right)))!;
  const note = PAUSES.includes(reason as (typeof PAUSES)[number]) ? pauseNote(rng, reason) : completeNote(rng, c.right.trade);
  await s.workVisit(appointmentId, reason, note);
}

export const ACME_SCENARIOS: Scenario[] = [
  { name: 'never offered', count: 6, expect: 'unassigned', run: (s) => s.create(hoursAgo(s, 1, 60)) },
  {
    name: 'declined',
    count: 5,
    expect: 'unassigned',
    run: async (s, c) => {
      await s.create(hoursAgo(s, 8, 120), c.right);
      await s.decline(s.later(30, 600), c.right, s.rng.pick(DECLINES));
    },
  },
  {
    name: 'offer withdrawn',
    count: 2,
    expect: 'unassigned',
    run: async (s, c) => {
      await s.create(hoursAgo(s, 60, 140), c.right);
      await s.withdraw(s.later(24 * 60, 40 * 60));
    },
  },
  { name: 'offered', count: 16, expect: 'offered', run: (s, c) => s.create(hoursAgo(s, 0.2, 30), c.right) },
  {
    name: 'declined, re-offered',
    count: 5,
    expect: 'offered',
    run: async (s, c) => {
      await s.create(hoursAgo(s, 20, 100), c.other);
      await s.decline(s.later(20, 300), c.other, 'Not a service we provide');
      await s.offer(s.later(10, 120), c.right);
    },
  },
  {
    name: 'offered, update requested',
    count: 3,
    expect: 'offered',
    run: async (s, c) => {
      await s.create(hoursAgo(s, 26, 72), c.right);
      await s.requestUpdate(s.later(20 * 60, 25 * 60), 'Customer called asking when someone can come out.');
    },
  },
  {
    name: 'accepted',
    count: 8,
    expect: 'unscheduled',
    run: async (s, c) => {
      await createAndAccept(s, c, daysAgo(s, 1, 4));
      if (s.rng.chance(0.4)) await s.requestUpdate(s.later(12 * 60, 36 * 60), s.rng.pick(REQUEST_UPDATE_MESSAGES));
    },
  },
  {
    name: 'visit canceled',
    count: 3,
    expect: 'unscheduled',
    run: async (s, c) => {
      const { rng } = s;
      const appointmentId = (await createAndAccept(s, c, daysAgo(s, 3, 8), () => futureVisit(s, rng.int(1, 5), c.right)))!;
      await s.cancelVisit(s.later(18 * 60, 40 * 60), appointmentId, 'Customer asked to cancel; will call back to rebook.');
    },
  },
  {
    name: 'scheduled',
    count: 17,
    expect: 'scheduled',
    run: async (s, c) => {
      await createAndAccept(s, c, daysAgo(s, 1, 7), () => futureVisit(s, s.rng.int(0, 7), c.right));
    },
  },
  {
    name: 'rescheduled',
    count: 5,
    expect: 'scheduled',
    run: async (s, c) => {
      const { rng } = s;
      const appointmentId = (await createAndAccept(s, c, daysAgo(s, 2, 8), () => futureVisit(s, rng.int(1, 3), c.right)))!;
      await s.reschedule(s.later(6 * 60, 30 * 60), appointmentId, futureVisit(s, rng.int(3, 7), c.right));
    },
  },
  {
    name: 'parts ordered, follow-up booked',
    count: 3,
    expect: 'scheduled',
    run: async (s, c) => {
      const { rng } = s;
      const created = rng.int(4, 12);
      await visited(s, c, created, -rng.int(1, created - 2), 'I ordered parts');
      await s.schedule(s.later(30, 240), futureVisit(s, rng.int(1, 6), c.right, { unassigned: 0 }));
    },
  },
  {
    name: 'paused',
    count: 12,
    expect: 'paused',
    run: async (s, c) => {
      const { rng } = s;
      const created = rng.int(3, 20);
      await visited(s, c, created, -rng.int(1, created - 1), rng.pick(PAUSES));
      if (rng.chance(0.3)) await s.requestUpdate(s.later(24 * 60, 72 * 60), 'Any news on this one?');
    },
  },
  {
    name: 'complete',
    count: 40,
    expect: 'complete',
    run: async (s, c) => {
      const created = s.rng.int(3, 30);
      await visited(s, c, created, -s.rng.int(1, created - 1), completing(s));
    },
  },
  {
    name: 'paused, then completed on a second visit',
    count: 12,
    expect: 'complete',
    run: async (s, c) => {
      const { rng } = s;
      const created = rng.int(6, 30);
      const first = -rng.int(2, created - 1);
      await visited(s, c, created, first, rng.pick(PAUSES));
      const second = await s.schedule(s.later(30, 300), pastVisit(s, rng.int(first + 1, -1), c.right));
      await s.workVisit(second, completing(s), completeNote(rng, c.right.trade));
    },
  },
  {
    name: 'paused, then Complete Job',
    count: 4,
    expect: 'complete',
    run: async (s, c) => {
      const created = s.rng.int(5, 25);
      await visited(s, c, created, -s.rng.int(2, created - 1), 'Requires follow-up appointment');
      await s.completeJob(s.later(20 * 60, 48 * 60), 'Customer confirmed the fix is holding; no second visit needed.');
    },
  },
  {
    name: 'completed by the dispatcher',
    count: 4,
    expect: 'complete',
    run: async (s, c) => {
      const created = s.rng.int(4, 28);
      const visit = pastVisit(s, -s.rng.int(1, created - 1), c.right);
      const appointmentId = (await createAndAccept(s, c, daysAgo(s, created), () => visit))!;
      await s.completeVisit(s.afterVisit(appointmentId, 60, 240), appointmentId, 'Ready for billing', 'Technician phone was dead; closed out from the office.', { byDispatcher: true });
    },
  },
  {
    name: 'rescheduled, then completed',
    count: 3,
    expect: 'complete',
    run: async (s, c) => {
      const { rng } = s;
      const created = rng.int(6, 28);
      const moved = -rng.int(1, created - 3);
      const appointmentId = (await createAndAccept(s, c, daysAgo(s, created), () => pastVisit(s, moved - 1, c.right)))!;
      await s.reschedule(s.later(60, 600), appointmentId, pastVisit(s, moved, c.right));
      await s.workVisit(appointmentId, completing(s), completeNote(rng, c.right.trade));
    },
  },
  {
    name: 'canceled before an offer',
    count: 3,
    expect: 'canceled',
    run: async (s) => {
      await s.create(daysAgo(s, 2, 25));
      await s.cancel(s.later(60, 48 * 60), 'enterprise', 'Duplicate claim');
    },
  },
  {
    name: 'canceled while offered',
    count: 3,
    expect: 'canceled',
    run: async (s, c) => {
      await s.create(daysAgo(s, 2, 25), c.right);
      await s.cancel(s.later(60, 30 * 60), 'enterprise', s.rng.pick(ENTERPRISE_CANCEL_REASONS));
    },
  },
  {
    name: 'canceled with a visit booked',
    count: 5,
    expect: 'canceled',
    run: async (s, c) => {
      const { rng } = s;
      await createAndAccept(s, c, daysAgo(s, 3, 20), () => futureVisit(s, rng.int(1, 4), c.right));
      const byEnterprise = rng.chance(0.5);
      await s.cancel(s.later(12 * 60, 48 * 60), byEnterprise ? 'enterprise' : 'provider', rng.pick(byEnterprise ? ENTERPRISE_CANCEL_REASONS : PROVIDER_CANCEL_REASONS));
    },
  },
  {
    name: 'canceled while paused',
    count: 2,
    expect: 'canceled',
    run: async (s, c) => {
      const created = s.rng.int(6, 25);
      await visited(s, c, created, -s.rng.int(2, created - 1), 'I ordered parts');
      await s.cancel(s.later(24 * 60, 48 * 60), 'provider', 'Customer replaced the unit themselves');
    },
  },
  {
    name: 'canceled, reopened, offered again',
    count: 1,
    expect: 'offered',
    run: async (s, c) => {
      await s.create(daysAgo(s, 6), c.other);
      await s.cancel(s.later(60, 180), 'enterprise', 'Customer resolved the issue');
      await s.reopen(s.later(24 * 60, 30 * 60), 'enterprise');
      await s.offer(s.later(5, 30), c.right);
    },
  },
  {
    name: 'canceled, reopened, scheduled',
    count: 1,
    expect: 'scheduled',
    run: async (s, c) => {
      const { rng } = s;
      await createAndAccept(s, c, daysAgo(s, 5), () => futureVisit(s, 2, c.right));
      await s.cancel(s.later(3 * 60, 6 * 60), 'enterprise', 'Claim denied: not covered by the plan');
      await s.reopen(s.later(18 * 60, 22 * 60), 'enterprise');
      await s.schedule(s.later(60, 180), futureVisit(s, rng.int(1, 4), c.right, { unassigned: 0 }));
    },
  },
  {
    name: 'canceled and reopened by the provider',
    count: 1,
    expect: 'unscheduled',
    run: async (s, c) => {
      await createAndAccept(s, c, daysAgo(s, 4));
      await s.cancel(s.later(60, 240), 'provider', 'Customer canceled by phone');
      await s.reopen(s.later(20 * 60, 26 * 60), 'provider');
    },
  },
  {
    name: 'complete, then called back',
    count: 1,
    expect: 'scheduled',
    run: async (s, c) => {
      const { rng } = s;
      await visited(s, c, 16, -14, 'Repaired (job completed)');
      await s.schedule(daysAgo(s, 1, 2), futureVisit(s, rng.int(1, 3), c.right, { unassigned: 0 }));
    },
  },
];
