import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { APPOINTMENT_STATUS_STYLES } from '@/components/jobs/status-styles';
import { APPOINTMENT_STATUS_LABELS } from '@/lib/domain/statuses';
import { formatInZone, formatWindow } from '@/lib/format/time';
import type { ScheduleVisit } from '@/lib/server/schedule/find-schedule';

type Props = { visit: ScheduleVisit; timeZone: string; className?: string; style?: React.CSSProperties };

/** One visit on the board, in its appointment status colour, linking to its job. */
export function ScheduleBlock({ visit: v, timeZone, className, style }: Props) {
  const s = APPOINTMENT_STATUS_STYLES[v.status];
  const time = (d: Date) => formatInZone(d, timeZone, { timeOnly: true, zone: false });
  return (
    <Link
      href={`/provider/jobs/${v.jobId}`}
      data-appointment-status={v.status}
      title={`${v.jobTitle} · ${v.city}`}
      className={cn('block min-w-0 overflow-hidden rounded-md px-2 py-1 text-xs leading-tight hover:brightness-95', s.badge, s.border, className)}
      style={style}
    >
      <span className="block truncate font-semibold">
        #{v.jobNumber} · {time(v.windowStart)}
      </span>
      <span className="block truncate">{v.customerName}</span>
      {/* The visible text is the start of the link's name (WCAG 2.5.3); the rest is for screen readers. */}
      <span className="sr-only">
        , {formatWindow(v.windowStart, v.windowEnd, timeZone)}, {APPOINTMENT_STATUS_LABELS[v.status]}
      </span>
    </Link>
  );
}
