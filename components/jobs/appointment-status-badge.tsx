import { APPOINTMENT_STATUS_LABELS, type AppointmentStatus } from '@/lib/domain/statuses';
import { badgeBase } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { APPOINTMENT_STATUS_STYLES } from './status-styles';

export function AppointmentStatusBadge({ status, className }: { status: AppointmentStatus; className?: string }) {
  const style = APPOINTMENT_STATUS_STYLES[status];
  return (
    <span data-appointment-status={status} className={cn(badgeBase, style.badge, className)}>
      <span aria-hidden="true" className={cn('size-1.5 shrink-0 rounded-full', style.dot)} />
      {APPOINTMENT_STATUS_LABELS[status]}
    </span>
  );
}
