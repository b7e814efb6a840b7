import type { DemoProvider } from './demo-cast';
import { TechBookings } from './demo-bookings';
import type { JobStory, Visit } from './demo-story';
import { hhmm, pickSlot, type LocalVisit } from './demo-time';

/** A business-hours moment `min`–`max` days ago in the job's zone (never later than now). */
export function daysAgo(s: JobStory, min: number, max = min): Date {
  const { rng } = s;
  const { calendar } = s.world;
  const at = calendar.at(-rng.int(min, max), hhmm(rng.int(7, 17), rng.int(0, 59)), s.timeZone);
  return at > calendar.now ? calendar.minutesAgo(rng.int(5, 60)) : at;
}

export function hoursAgo(s: JobStory, min: number, max: number): Date {
  return s.world.calendar.minutesAgo(s.rng.int(min * 60, max * 60));
}

function windowOn(s: JobStory, day: number): LocalVisit {
  const { calendar } = s.world;
  if (day === 0) {
    const fromNow = s.rng.int(1, 3);
    if (calendar.fitsToday(fromNow, 2, s.timeZone)) return calendar.window(0, calendar.hour(s.timeZone) + fromNow, 2, s.timeZone);
    // Too late in the evening for another visit today: tomorrow instead.
    day = 1;
  }
  const { startHour, hours } = pickSlot(s.rng);
  return calendar.window(day, startHour, hours, s.timeZone);
}

/**
 * A visit on `day` (relative to today) with a technician who is free then. Toni
 * (tech@bolt.test, the demo's technician login) gets a hand-made schedule for today and the
 * coming days, so drawn future visits go to the others.
 */
function drawVisit(s: JobStory, day: number, provider: DemoProvider, unassigned: number): Visit {
  const { bookings } = s.world;
  const techs = day >= 0 && provider.trade === 'plumbing' ? provider.technicians.slice(1) : provider.technicians;
  const noTech = s.rng.chance(unassigned);
  let window = windowOn(s, day);
  for (let attempt = 0; !noTech && attempt < 8; attempt++, window = windowOn(s, day)) {
    const span = TechBookings.span(window, s.timeZone);
    const free = techs.filter((t) => bookings.isFree(t.userId, span));
    if (free.length === 0) continue;
    const tech = s.rng.pick(free);
    bookings.book(tech.userId, span);
    return { ...window, tech };
  }
  return { ...window, tech: null };
}

/** A visit on a past day (`day` < 0), in a usual arrival window. */
export function pastVisit(s: JobStory, day: number, provider: DemoProvider): Visit {
  return drawVisit(s, day, provider, 0);
}

/** A visit later today (`day` 0) or on a coming day; some are left for the dispatcher to assign. */
export function futureVisit(s: JobStory, day: number, provider: DemoProvider, options: { unassigned?: number } = {}): Visit {
  return drawVisit(s, day, provider, options.unassigned ?? 0.2);
}
