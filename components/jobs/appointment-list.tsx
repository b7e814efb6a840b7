import { formatInZone, formatWindow } from '@/lib/format/time';
import type { JobDetail } from '@/lib/server/jobs/get-job-or-throw';
import { AppointmentStatusBadge } from './appointment-status-badge';

type Appointment = JobDetail['appointments'][number];

/** Every visit of the job with its window, technician, status, ETA and outcome; `actions` adds buttons per visit. */
export function AppointmentList({
  appointments,
  timeZone,
  actions,
}: {
  appointments: Appointment[];
  timeZone: string;
  actions?: (appointment: Appointment) => React.ReactNode;
}) {
  return (
    <section aria-labelledby="appointments-heading" className="grid gap-3">
      <h2 id="appointments-heading" className="text-base font-semibold">
        Appointments
      </h2>
      {appointments.length === 0 ? (
        <p className="text-sm text-muted-foreground">No appointments yet.</p>
      ) : (
        <ul className="grid gap-2">
          {appointments.map((a) => (
            <li key={a.id} className="grid gap-2 rounded-lg border border-border p-3" aria-label={`Appointment ${formatWindow(a.windowStart, a.windowEnd, timeZone)}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm font-medium">{formatWindow(a.windowStart, a.windowEnd, timeZone)}</p>
                <AppointmentStatusBadge status={a.status} />
              </div>
              <p className="text-sm text-muted-foreground">{a.technicianName ?? 'No technician assigned'}</p>
              {a.etaAt && a.status === 'enroute' && (
                <p className="text-sm">ETA {formatInZone(a.etaAt, timeZone, { timeOnly: true })}</p>
              )}
              {a.status === 'complete' && a.reasonLabel && (
                <p className="text-sm">
                  Outcome: <span className="font-medium">{a.reasonLabel}</span>
                  {a.completedAt && <span className="text-muted-foreground"> · {formatInZone(a.completedAt, timeZone)}</span>}
                </p>
              )}
              {a.note && <p className="whitespace-pre-line text-sm text-muted-foreground">Note: {a.note}</p>}
              {a.status === 'canceled' && a.cancelReason && <p className="text-sm text-muted-foreground">Canceled: {a.cancelReason}</p>}
              {actions?.(a)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
