'use client';

import { useSyncExternalStore } from 'react';
import { cn } from './cn';
import { formatInZone, formatRelative, toDate, type DateInput } from '@/lib/format/time';

const TICK_MS = 15_000;
// Rounded so that repeated snapshot reads within one render agree.
const tick = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

let now = tick();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = tick();
    for (const l of listeners) l();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function getSnapshot() {
  if (!timer) now = tick();
  return now;
}

export type RelativeTimeProps = {
  /** An ISO string, Date or epoch milliseconds. */
  date: DateInput;
  /** IANA zone of the service address; the exact time in the tooltip is given in it. */
  timeZone: string;
  /** Also show the exact time after the relative label, for places where hover is not enough. */
  showExact?: boolean;
  className?: string;
};

/** "12 min ago", kept current; the exact time in `timeZone` is in the title. */
export function RelativeTime({ date, timeZone, showExact = false, className }: RelativeTimeProps) {
  const current = useSyncExternalStore(subscribe, getSnapshot, tick);
  const d = toDate(date);
  const exact = formatInZone(d, timeZone, { year: true });

  return (
    <time dateTime={d.toISOString()} title={exact} className={cn('whitespace-nowrap', className)} suppressHydrationWarning>
      {formatRelative(d, current, timeZone)}
      {showExact && <span className="text-muted-foreground"> · {formatInZone(d, timeZone)}</span>}
    </time>
  );
}
