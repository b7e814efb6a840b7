import { formatInZone } from '@/lib/format/time';
import { RelativeTime } from '@/components/ui/relative-time';
import { JOB_STATUS_LABELS, ROLE_LABELS, type JobStatus } from '@/lib/domain/statuses';
import type { JobDetail } from '@/lib/server/jobs/get-job-or-throw';
import { describeEvent } from './event-text';

const SOURCE_LABELS = { web: 'Web', mobile: 'Mobile', api: 'API', system: 'System' } as const;

/** The job's full history, oldest first, each line with who, from where and what it did to the status. */
export function ActivityTimeline({ events, timeZone }: { events: JobDetail['events']; timeZone: string }) {
  return (
    <section aria-labelledby="activity-heading" className="grid gap-3">
      <h2 id="activity-heading" className="text-base font-semibold">
        Activity
      </h2>
      <ol aria-label="Activity timeline" className="grid gap-0 border-l border-border">
        {events.map((event) => (
          <li key={event.id} className="relative grid gap-0.5 pb-4 pl-5" data-event-type={event.type}>
            <span aria-hidden="true" className="absolute -left-[5px] top-1.5 size-2.5 rounded-full border-2 border-background bg-muted-foreground" />
            <p className="text-sm font-medium">{describeEvent(event)}</p>
            <p className="text-xs text-muted-foreground">
              {event.actorName}
              {event.actorRole && ` · ${ROLE_LABELS[event.actorRole]}`}
              {event.source !== 'system' && ` · ${SOURCE_LABELS[event.source]}`} ·{' '}
              <time dateTime={event.at.toISOString()} title={formatInZone(event.at, timeZone, { year: true })}>
                {formatInZone(event.at, timeZone)}
              </time>{' '}
              (<RelativeTime date={event.at} timeZone={timeZone} />)
            </p>
            {event.toStatus && event.fromStatus !== event.toStatus && (
              <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
                {event.fromStatus ? (
                  <>
                    <span className="sr-only">Status changed from</span>
                    <span>{labelOf(event.fromStatus)}</span> <span aria-hidden="true">→</span>
                    <span className="sr-only">to</span>
                  </>
                ) : (
                  <span>Status:</span>
                )}
                <span>{labelOf(event.toStatus)}</span>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function labelOf(status: JobStatus) {
  return <span className="font-medium text-foreground">{JOB_STATUS_LABELS[status]}</span>;
}
