import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { JOB_STATUS_LABELS, type JobStatus } from '@/lib/domain/statuses';
import { Skeleton } from '@/components/ui/skeleton';
import { STATUS_COUNT_CAP } from '@/lib/server/jobs/count-jobs-by-status';
import { JOB_STATUS_STYLES } from './status-styles';

type Counts = Record<JobStatus, number>;
type Props = {
  statuses: readonly JobStatus[];
  /** Null while the counts are on their way: the links work already, the numbers follow. */
  counts: Counts | null;
  active: readonly JobStatus[];
  hrefFor: (status: JobStatus | null) => string;
};

// Counts are capped (see count-jobs-by-status.ts); a capped one reads "10,000+".
const shown = (n: number) => (n > STATUS_COUNT_CAP ? `${STATUS_COUNT_CAP.toLocaleString('en-US')}+` : n.toLocaleString('en-US'));

const pending = <Skeleton className="h-3 w-6" />;

function totalOf(statuses: readonly JobStatus[], counts: Counts): string {
  const total = statuses.reduce((sum, s) => sum + Math.min(counts[s], STATUS_COUNT_CAP), 0);
  return statuses.some((s) => counts[s] > STATUS_COUNT_CAP) ? `${total.toLocaleString('en-US')}+` : total.toLocaleString('en-US');
}

/**
 * The same links once the counts arrive. A filtered view counts its rows, which on a big book can
 * take longer than the page of jobs; the list is not held back for it (the caller wraps this in Suspense).
 */
export async function CountedStatusFilter({ counts, ...props }: Omit<Props, 'counts'> & { counts: Promise<Counts> }) {
  return <StatusFilter {...props} counts={await counts} />;
}

/** The status counts, each a link that filters the list to that status. */
export function StatusFilter({ statuses, counts, active, hrefFor }: Props) {
  return (
    <nav aria-label="Filter by status" aria-busy={counts ? undefined : true} className="flex flex-wrap gap-2">
      <Link
        href={hrefFor(null)}
        aria-current={active.length === 0 ? 'page' : undefined}
        className={cn(
          'inline-flex h-9 items-center gap-2 rounded-md border border-border px-3 text-sm hover:bg-accent',
          active.length === 0 && 'border-foreground/40 bg-accent font-medium',
        )}
      >
        All <span className="tabular-nums text-muted-foreground">{counts ? totalOf(statuses, counts) : pending}</span>
      </Link>
      {statuses.map((status) => {
        const selected = active.includes(status);
        return (
          <Link
            key={status}
            href={hrefFor(status)}
            aria-current={selected ? 'page' : undefined}
            className={cn(
              'inline-flex h-9 items-center gap-2 rounded-md border border-border px-3 text-sm hover:bg-accent',
              selected && cn('font-medium', JOB_STATUS_STYLES[status].badge, 'border-current'),
            )}
          >
            <span aria-hidden="true" className={cn('size-2 rounded-full', JOB_STATUS_STYLES[status].dot)} />
            {JOB_STATUS_LABELS[status]}
            <span className="tabular-nums">{counts ? shown(counts[status]) : pending}</span>
          </Link>
        );
      })}
    </nav>
  );
}
