export type DateInput = Date | string | number;

const LOCALE = 'en-US';
const DAY_MS = 86_400_000;

type Parts = {
  weekday: string;
  month: string;
  day: string;
  year: string;
  time: string;
  dayPeriod: string;
  zone: string;
  dayNumber: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

export function toDate(input: DateInput): Date {
  const date = input instanceof Date ? input : new Date(input);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(input)}`);
  return date;
}

// Built from parts rather than from format(): ICU versions disagree on the spaces around AM/PM
// (U+202F in newer ones), which would make server and browser output differ at hydration.
function parts(date: Date, timeZone: string): Parts {
  const fields: Record<string, string> = {};
  const all = formatter(timeZone, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    timeZoneName: 'short',
  }).formatToParts(date);
  for (const p of all) fields[p.type] = p.value;
  const numeric: Record<string, string> = {};
  for (const p of formatter(timeZone, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date)) {
    numeric[p.type] = p.value;
  }
  return {
    weekday: fields.weekday ?? '',
    month: fields.month ?? '',
    day: fields.day ?? '',
    year: fields.year ?? '',
    time: `${fields.hour}:${fields.minute}`,
    dayPeriod: (fields.dayPeriod ?? '').toUpperCase(),
    zone: fields.timeZoneName ?? timeZone,
    dayNumber: Date.UTC(Number(numeric.year), Number(numeric.month) - 1, Number(numeric.day)) / DAY_MS,
  };
}

const dateLabel = (p: Parts, withYear = false) => `${p.weekday}, ${p.month} ${p.day}${withYear ? `, ${p.year}` : ''}`;
const timeLabel = (p: Parts) => `${p.time} ${p.dayPeriod}`;

/** "CST", "CDT", "EST", "UTC"; zones without a US abbreviation give an offset such as "GMT+1". */
export function zoneAbbreviation(date: DateInput, timeZone: string): string {
  return parts(toDate(date), timeZone).zone;
}

export type FormatInZoneOptions = {
  /** "8:04 AM CST" */
  timeOnly?: boolean;
  /** "Tue, Nov 3" */
  dateOnly?: boolean;
  /** Add the year to the date: "Tue, Nov 3, 2026". */
  year?: boolean;
  /** Name the zone after the time (default true). */
  zone?: boolean;
};

/** "Tue, Nov 3 · 8:04 AM CST", the wall-clock time in `timeZone`. */
export function formatInZone(date: DateInput, timeZone: string, opts: FormatInZoneOptions = {}): string {
  const p = parts(toDate(date), timeZone);
  const day = dateLabel(p, opts.year);
  if (opts.dateOnly) return day;
  const time = opts.zone === false ? timeLabel(p) : `${timeLabel(p)} ${p.zone}`;
  return opts.timeOnly ? time : `${day} · ${time}`;
}

/** An arrival window: "Tue, Nov 3 · 8:00–10:00 AM CST", "Tue, Nov 3 · 11:00 AM–1:00 PM CST". */
export function formatWindow(start: DateInput, end: DateInput, timeZone: string): string {
  const s = parts(toDate(start), timeZone);
  const e = parts(toDate(end), timeZone);
  const sameZone = s.zone === e.zone;

  if (s.dayNumber !== e.dayNumber) {
    const from = `${dateLabel(s)} · ${timeLabel(s)}${sameZone ? '' : ` ${s.zone}`}`;
    return `${from} – ${dateLabel(e)} · ${timeLabel(e)} ${e.zone}`;
  }
  if (!sameZone) return `${dateLabel(s)} · ${timeLabel(s)} ${s.zone}–${timeLabel(e)} ${e.zone}`;
  const from = s.dayPeriod === e.dayPeriod ? s.time : timeLabel(s);
  return `${dateLabel(s)} · ${from}–${timeLabel(e)} ${e.zone}`;
}

/**
 * "just now", "12 min ago", "in 3 h", "yesterday", "in 4 days", then the date ("Nov 3",
 * "Nov 3, 2025"). Calendar days are counted in `timeZone` (the runtime's zone when omitted).
 */
export function formatRelative(date: DateInput, now: DateInput = new Date(), timeZone?: string): string {
  const d = toDate(date);
  const n = toDate(now);
  const zone = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const diff = d.getTime() - n.getTime();
  const abs = Math.abs(diff);
  const ago = (label: string) => (diff < 0 ? `${label} ago` : `in ${label}`);

  if (abs < 60_000) return 'just now';
  if (abs < 3_600_000) return ago(`${Math.floor(abs / 60_000)} min`);

  const dp = parts(d, zone);
  const np = parts(n, zone);
  const days = dp.dayNumber - np.dayNumber;
  if (days === 0 || abs < 6 * 3_600_000) return ago(`${Math.floor(abs / 3_600_000)} h`);
  if (days === -1) return 'yesterday';
  if (days === 1) return 'tomorrow';
  if (Math.abs(days) < 7) return ago(`${Math.abs(days)} days`);
  return `${dp.month} ${dp.day}${dp.year === np.year ? '' : `, ${dp.year}`}`;
}
