import { instantToZonedParts, zonedTimeToInstant } from '@/lib/domain/zoned-time';

export type QuietHours = { start: string; end: string; timeZone: string };

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * When a message may go out if `at` falls in the quiet hours (local to the service address),
 * else null. Quiet hours may wrap midnight (21:00–08:00) or not (13:00–14:00).
 */
export function quietHoursEnd(at: Date, quiet: QuietHours): Date | null {
  const local = instantToZonedParts(at, quiet.timeZone);
  const t = minutes(local.time);
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (start === end) return null;
  const wraps = start > end;
  const inside = wraps ? t >= start || t < end : t >= start && t < end;
  if (!inside) return null;
  // Before midnight in a wrapping range, the quiet hours end tomorrow morning.
  const endDate = wraps && t >= start ? nextDate(local.date) : local.date;
  return zonedTimeToInstant(endDate, quiet.end, quiet.timeZone);
}
