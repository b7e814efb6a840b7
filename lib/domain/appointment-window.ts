import { isLocalDate, isLocalTime, zonedTimeToInstant } from './zoned-time';

export const MAX_WINDOW_HOURS = 12;

export type LocalWindow = { date: string; windowStart: string; windowEnd: string };
export type WindowCheck =
  | { ok: true; windowStart: Date; windowEnd: Date }
  | { ok: false; fieldErrors: Partial<Record<keyof LocalWindow, string[]>> };

/** Turns a window typed in the service address's zone into instants, or says what is wrong with it. */
export function checkWindow(input: LocalWindow, timeZone: string, now: Date): WindowCheck {
  const errors: Partial<Record<keyof LocalWindow, string[]>> = {};
  if (!isLocalDate(input.date)) errors.date = ['Enter a date.'];
  if (!isLocalTime(input.windowStart)) errors.windowStart = ['Enter a start time (HH:MM).'];
  if (!isLocalTime(input.windowEnd)) errors.windowEnd = ['Enter an end time (HH:MM).'];
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };

  const windowStart = zonedTimeToInstant(input.date, input.windowStart, timeZone);
  const windowEnd = zonedTimeToInstant(input.date, input.windowEnd, timeZone);
  if (windowEnd <= windowStart) return { ok: false, fieldErrors: { windowEnd: ['The window must end after it starts.'] } };
  if (windowEnd.getTime() - windowStart.getTime() > MAX_WINDOW_HOURS * 3_600_000) {
    return { ok: false, fieldErrors: { windowEnd: [`An arrival window can be at most ${MAX_WINDOW_HOURS} hours.`] } };
  }
  if (windowEnd <= now) return { ok: false, fieldErrors: { date: ['That window is in the past.'] } };
  return { ok: true, windowStart, windowEnd };
}

export function windowsOverlap(a: { windowStart: Date; windowEnd: Date }, b: { windowStart: Date; windowEnd: Date }): boolean {
  return a.windowStart < b.windowEnd && b.windowStart < a.windowEnd;
}
