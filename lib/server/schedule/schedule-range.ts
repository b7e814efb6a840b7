import { isLocalDate, zonedTimeToInstant } from '@/lib/domain/zoned-time';

export type ScheduleView = 'day' | 'week';
export type ScheduleRange = { view: ScheduleView; date: string; days: string[]; from: Date; to: Date };

const DAY_MS = 86_400_000;

/** Calendar arithmetic on `YYYY-MM-DD` strings (no zone involved: a date is a date). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the week holding `date`: dispatchers plan working weeks. */
export function startOfWeek(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The days a board shows and the instants that bound them, midnight to midnight in the provider's zone. */
export function scheduleRange(view: ScheduleView, date: string, timeZone: string): ScheduleRange {
  const first = view === 'week' ? startOfWeek(date) : date;
  const days = Array.from({ length: view === 'week' ? 7 : 1 }, (_, i) => addDays(first, i));
  return {
    view,
    date,
    days,
    from: zonedTimeToInstant(days[0]!, '00:00', timeZone),
    to: zonedTimeToInstant(addDays(days.at(-1)!, 1), '00:00', timeZone),
  };
}

/** Reads `?view=&date=`, falling back to today's day view for anything malformed. */
export function readScheduleParams(params: Record<string, string | string[] | undefined>, today: string): { view: ScheduleView; date: string } {
  const view = params.view === 'week' ? 'week' : 'day';
  const date = typeof params.date === 'string' && isLocalDate(params.date) ? params.date : today;
  return { view, date };
}
