import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { formatWindow } from '@/lib/format/time';
import { RelativeTime } from '@/components/ui/relative-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { cn } from '@/components/ui/cn';
import type { JobListRow } from '@/lib/server/jobs/find-jobs';
import { JobStatusBadge } from './job-status-badge';
import { JOB_STATUS_STYLES } from './status-styles';

type Props = { rows: JobListRow[]; jobHref: (id: string) => string; showProvider: boolean; emptyAction?: React.ReactNode };

export function JobsTable({ rows, jobHref, showProvider, emptyAction }: Props) {
  if (rows.length === 0) {
    return <EmptyState title="No jobs match" description="Clear the filters or search for something else." action={emptyAction} />;
  }
  return (
    <Table aria-label="Jobs" containerClassName="max-h-[calc(100dvh-12rem)]">
      <TableHeader>
        <TableRow>
          <TableHead>Job</TableHead>
          <TableHead>External id</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Customer</TableHead>
          <TableHead>Service address</TableHead>
          {showProvider && <TableHead>Provider</TableHead>}
          <TableHead>Appointment</TableHead>
          <TableHead>Last activity</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((job) => (
          <TableRow key={job.id} data-job-row={job.status}>
            <TableCell className={cn('pl-3', JOB_STATUS_STYLES[job.status].border)}>
              <Link href={jobHref(job.id)} className="font-medium underline-offset-2 hover:underline">
                #{job.number}
              </Link>
              <span className="block max-w-56 truncate text-xs text-muted-foreground" title={job.title}>
                {job.title}
              </span>
            </TableCell>
            <TableCell className="whitespace-nowrap">{job.externalId ?? <span className="text-muted-foreground">—</span>}</TableCell>
            <TableCell>
              <JobStatusBadge status={job.status} />
              {job.offeredAt && job.status === 'offered' && (
                <span className="mt-1 block text-xs text-muted-foreground">
                  waiting <RelativeTime date={job.offeredAt} timeZone={job.timeZone} />
                </span>
              )}
              {job.updateRequestedAt && <span className="mt-1 block text-xs font-medium text-status-unscheduled-ink">Update requested</span>}
            </TableCell>
            <TableCell>{job.customerName}</TableCell>
            <TableCell className="text-muted-foreground">
              {job.addressLine1}, {job.city}, {job.region}
            </TableCell>
            {showProvider && <TableCell>{job.providerName ?? <span className="text-muted-foreground">—</span>}</TableCell>}
            <TableCell className="whitespace-nowrap">
              {job.visit ? (
                <>
                  <span className="block text-xs text-muted-foreground">{job.visit.isOpen ? 'Next' : 'Last'}</span>
                  {formatWindow(job.visit.start, job.visit.end, job.timeZone)}
                  <span className="block text-xs text-muted-foreground">{job.visit.technician ?? 'No technician'}</span>
                </>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </TableCell>
            <TableCell>
              <RelativeTime date={job.lastActivityAt} timeZone={job.timeZone} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
