import { cn } from '@/components/ui/cn';
import { RelativeTime } from '@/components/ui/relative-time';
import type { JobDetail } from '@/lib/server/jobs/get-job-or-throw';
import { JobStatusBadge } from './job-status-badge';
import { JOB_STATUS_STYLES } from './status-styles';

/** The job page header, in the status colour; its badge is the first `data-job-status` on the page. */
export function JobHeader({ detail, actions }: { detail: JobDetail; actions?: React.ReactNode }) {
  const { job } = detail;
  return (
    <header className={cn('grid gap-3 rounded-lg border border-border p-4', JOB_STATUS_STYLES[job.status].header)}>
      <div className="flex flex-wrap items-center gap-3">
        <JobStatusBadge status={job.status} className="text-sm" />
        <span className="text-sm text-muted-foreground">
          Job #{job.number}
          {job.externalId && ` · External id ${job.externalId}`} · {job.priority === 'normal' ? 'Normal' : capitalize(job.priority)} priority
        </span>
      </div>
      <h1 className="text-xl font-semibold tracking-tight">{job.title}</h1>
      <p className="text-sm text-muted-foreground">
        {job.isDirect ? 'Direct job' : detail.ownerName}
        {detail.providerName && !job.isDirect && ` · ${detail.providerName}`} · updated <RelativeTime date={job.lastActivityAt} timeZone={job.timeZone} />
      </p>
      {job.updateRequestedAt && (
        <p className="text-sm font-medium">
          Update requested <RelativeTime date={job.updateRequestedAt} timeZone={job.timeZone} />
        </p>
      )}
      {job.status === 'canceled' && job.cancelReason && <p className="text-sm">Canceled: {job.cancelReason}</p>}
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </header>
  );
}

function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
