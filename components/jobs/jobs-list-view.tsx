import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { JobStatus } from '@/lib/domain/statuses';
import type { JobListRow } from '@/lib/server/jobs/find-jobs';
import { JobSearchForm } from './job-search-form';
import { JobsTable } from './jobs-table';
import { listHref, type ListParams } from './list-params';
import { StatusFilter } from './status-filter';

type Props = {
  base: string;
  params: ListParams;
  statuses: readonly JobStatus[];
  counts: Record<JobStatus, number>;
  rows: JobListRow[];
  nextCursor: string | null;
  showProvider: boolean;
  searchPlaceholder: string;
};

/** The Jobs List both portals share: status counts, search, the colour-coded table, keyset paging. */
export function JobsListView({ base, params, statuses, counts, rows, nextCursor, showProvider, searchPlaceholder }: Props) {
  const filtered = params.statuses.length > 0 || Boolean(params.q);
  return (
    <div className="grid gap-4">
      <StatusFilter
        statuses={statuses}
        counts={counts}
        active={params.statuses}
        hrefFor={(status) => listHref(base, { statuses: status ? [status] : [], q: params.q })}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <JobSearchForm action={base} q={params.q} status={params.statuses.join(',') || undefined} placeholder={searchPlaceholder} />
        {filtered && (
          <Link href={base} className="text-sm underline underline-offset-2">
            Clear filters
          </Link>
        )}
      </div>
      <JobsTable
        rows={rows}
        showProvider={showProvider}
        jobHref={(id) => `${base === '/provider' ? '/provider' : '/manage'}/jobs/${id}`}
        emptyAction={filtered ? <Link href={base} className="underline">Show all jobs</Link> : undefined}
      />
      {(params.cursor || nextCursor) && (
        <nav aria-label="Pages" className="flex justify-end gap-2">
          {params.cursor && (
            <Button asChild variant="outline">
              <Link href={listHref(base, { ...params, cursor: undefined })}>First page</Link>
            </Button>
          )}
          {nextCursor && (
            <Button asChild variant="outline">
              <Link href={listHref(base, { ...params, cursor: nextCursor })}>Next page</Link>
            </Button>
          )}
        </nav>
      )}
    </div>
  );
}
