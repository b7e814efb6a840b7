import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { addDays, type ScheduleView } from '@/lib/server/schedule/schedule-range';

type Props = { view: ScheduleView; date: string; today: string };

const href = (view: ScheduleView, date: string) => `/provider/schedule?view=${view}&date=${date}`;

/** Previous / Today / Next and the Day / Week switch, all plain links so the URL is the state. */
export function ScheduleNav({ view, date, today }: Props) {
  const step = view === 'week' ? 7 : 1;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <nav aria-label="Schedule dates" className="flex items-center gap-2">
        <Button asChild variant="outline" size="sm">
          <Link href={href(view, addDays(date, -step))}>Previous {view}</Link>
        </Button>
        <Button asChild variant="outline" size="sm">
          <Link href={href(view, today)}>Today</Link>
        </Button>
        <Button asChild variant="outline" size="sm">
          <Link href={href(view, addDays(date, step))}>Next {view}</Link>
        </Button>
      </nav>
      <nav aria-label="Schedule view" className="flex rounded-md border border-border p-0.5">
        {(['day', 'week'] as const).map((v) => (
          <Link
            key={v}
            href={href(v, date)}
            aria-current={v === view ? 'page' : undefined}
            className={cn('rounded px-3 py-1 text-sm font-medium text-muted-foreground hover:text-foreground', v === view && 'bg-accent text-foreground')}
          >
            {v === 'day' ? 'Day' : 'Week'}
          </Link>
        ))}
      </nav>
    </div>
  );
}
