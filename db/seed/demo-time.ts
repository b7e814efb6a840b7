import { instantToZonedParts, zonedTimeToInstant } from '@/lib/domain/zoned-time';
import type { Rng } from './random';

const DAY_MS = 86_400_000;

export type LocalVisit = { date: string; windowStart: string; windowEnd: string };

/** Days and wall-clock times around one fixed "now", in a service address's zone. */
export class DemoCalendar {
  // Today's local date and time per zone, worked out once: zone conversions are not cheap.
  private readonly local = new Map<string, { date: string; time: string }>();

  constructor(readonly now: Date) {}

  private nowIn(timeZone: string): { date: string; time: string } {
    let parts = this.local.get(timeZone);
    if (!parts) this.local.set(timeZone, (parts = instantToZonedParts(this.now, timeZone)));
    return parts;
  }

  /** The local date `offset` days from today in the zone, as YYYY-MM-DD. */
  date(offset: number, timeZone: string): string {
    return new Date(Date.parse(`${this.nowIn(timeZone).date}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
  }

  at(offset: number, time: string, timeZone: string): Date {
    return zonedTimeToInstant(this.date(offset, timeZone), time, timeZone);
  }

  /** The current local hour in the zone (0–23). */
  hour(timeZone: string): number {
    return Number(this.nowIn(timeZone).time.slice(0, 2));
  }

  minutesAgo(minutes: number): Date {
    return new Date(this.now.getTime() - minutes * 60_000);
  }

  /**
   * A window on a local day, kept on that date: a start before midnight is held to 00:00 and
   * an end past it to 23:59.
   */
  window(offset: number, startHour: number, hours: number, timeZone: string): LocalVisit {
    const start = Math.max(0, Math.min(startHour, 22));
    const end = Math.max(start + 1, startHour + hours);
    return { date: this.date(offset, timeZone), windowStart: hhmm(start), windowEnd: end >= 24 ? '23:59' : hhmm(end) };
  }

  /** Whether a window of `hours` starting `fromNow` hours after the current hour still fits in today. */
  fitsToday(fromNow: number, hours: number, timeZone: string): boolean {
    return this.hour(timeZone) + fromNow + hours <= 24;
  }
}

export function hhmm(hour: number, minute = 0): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const SLOTS = [
  [8, 2],
  [8, 4],
  [10, 2],
  [12, 2],
  [13, 2],
  [13, 4],
  [15, 2],
] as const;

export function pickSlot(rng: Rng): { startHour: number; hours: number } {
  const [startHour, hours] = rng.pick(SLOTS);
  return { startHour, hours };
}

export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function plusMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}
