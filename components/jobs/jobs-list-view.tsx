import { Suspense } from 'react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { JOB_STATUS_LABELS, type JobStatus } from '@/lib/domain/statuses';
import type { JobListRow } from '@/lib/server/jobs/find-jobs';
import { JobSearchForm } from './job-search-form';
import { JobsTable } from './jobs-table';
import { isFiltered, listHref, listQuery, type FilterKey, type ListParams } from './list-params';
import { CountedStatusFilter, StatusFilter } from './status-filter';

type Props = {
  base: string;
  params: ListParams;
  statuses: readonly JobStatus[];
  counts: Promise<Record<JobStatus, number>>;
  rows: JobListRow[];
  nextCursor: string | null;
  showProvider: boolean;
  searchPlaceholder: string;
  /** Offered as a filter when given (the enterprise's network). */
  providers?: { id: string; name: string }[];
  /** Extra links beside the filters, e.g. the CSV export of this view. */
  tools?: React.ReactNode;
};

/** The Jobs List both portals share: status counts, filters as removable chips, the colour-coded table, keyset paging. */
export function JobsListView({ base, params, statuses, counts, rows, nextCursor, showProvider, searchPlaceholder, providers, tools }: Props) {
  const filtered = isFiltered(params);
  const firstPage = { ...params, cursor: undefined };
  const statusLinks = { statuses, active: params.statuses, hrefFor: (status: JobStatus | null) => listHref(base, { ...firstPage, statuses: status ? [status] : [] }) };
  return (
    <div className="grid gap-4">
      <Suspense fallback={<StatusFilter {...statusLinks} counts={null} />}>
        <CountedStatusFilter {...statusLinks} counts={counts} />
      </Suspense>
      {/* Keyed by the view, so the fields show the URL's values again after Back or a removed chip. */}
      <JobSearchForm key={listQuery(firstPage)} action={base} values={params} statuses={statuses} providers={providers} placeholder={searchPlaceholder} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <FilterChips base={base} params={firstPage} providers={providers} />
        {tools}
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
              <Link href={listHref(base, firstPage)}>First page</Link>
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

const CHIP_LABELS: Record<FilterKey, string> = {
  providerId: 'Provider',
  createdFrom: 'Created from',
  createdTo: 'Created to',
  visitFrom: 'Appointment from',
  visitTo: 'Appointment to',
  q: 'Text',
};

function FilterChips({ base, params, providers }: { base: string; params: ListParams; providers?: { id: string; name: string }[] }) {
  const chips = [
    ...params.statuses.map((status) => ({
      key: `status-${status}`,
      label: `Status: ${JOB_STATUS_LABELS[status]}`,
      href: listHref(base, { ...params, statuses: params.statuses.filter((s) => s !== status) }),
    })),
    ...(Object.keys(CHIP_LABELS) as FilterKey[])
      .filter((key) => params[key])
      .map((key) => {
        const value = key === 'providerId' ? (providers?.find((p) => p.id === params[key])?.name ?? 'Unknown') : params[key];
        return { key, label: `${CHIP_LABELS[key]}: ${value}`, href: listHref(base, { ...params, [key]: undefined }) };
      }),
  ];
  if (chips.length === 0) return <p className="text-sm text-muted-foreground">Showing all jobs.</p>;
  return (
    <ul aria-label="Applied filters" className="flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={chip.href}
            aria-label={`Remove filter ${chip.label}`}
            className="inline-flex h-8 items-center gap-1.5 rounded-full border bg-muted px-3 text-sm hover:bg-accent"
          >
            {chip.label}
            <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      <li>
        <Link href={base} className="text-sm underline underline-offset-2">
          Clear filters
        </Link>
      </li>
    </ul>
  );
}
