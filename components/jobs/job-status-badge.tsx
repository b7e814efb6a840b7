import { JOB_STATUS_LABELS, type JobStatus } from '@/lib/domain/statuses';
import { badgeBase } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { JOB_STATUS_STYLES } from './status-styles';

export function JobStatusBadge({ status, className }: { status: JobStatus; className?: string }) {
  const style = JOB_STATUS_STYLES[status];
  return (
    <span data-job-status={status} className={cn(badgeBase, style.badge, className)}>
      <span aria-hidden="true" className={cn('size-1.5 shrink-0 rounded-full', style.dot)} />
      {JOB_STATUS_LABELS[status]}
    </span>
  );
}
