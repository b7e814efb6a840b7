import { AppointmentStatusBadge } from '@/components/jobs/appointment-status-badge';
import { AppointmentButtons } from '@/components/provider/appointment-buttons';
import { formatInZone, formatWindow } from '@/lib/format/time';
import type { MyAppointment } from '@/lib/server/appointments/find-my-appointments';

/** One visit on the technician's phone: where, when, who, and the next action first. */
export function AppointmentCard({ appointment: a, reasons }: { appointment: MyAppointment; reasons: { id: string; label: string }[] }) {
  const address = [a.addressLine1, a.addressLine2, `${a.city}, ${a.region} ${a.postalCode}`].filter(Boolean).join(', ');
  return (
    <li className="grid grid-cols-[minmax(0,1fr)] gap-3 rounded-xl border border-border bg-background p-4 shadow-xs" aria-label={`${a.customerName}, ${formatWindow(a.windowStart, a.windowEnd, a.timeZone)}`}>
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-base font-semibold">{formatWindow(a.windowStart, a.windowEnd, a.timeZone)}</p>
          <p className="truncate text-sm text-muted-foreground">
            Job #{a.jobNumber} · {a.jobTitle}
          </p>
        </div>
        <AppointmentStatusBadge status={a.status} />
      </div>
      <div className="grid gap-1 text-sm">
        <p className="font-medium">{a.customerName}</p>
        {a.customerPhone && (
          <a href={`tel:${a.customerPhone}`} className="inline-flex min-h-11 items-center underline underline-offset-2">
            Call {a.customerPhone}
          </a>
        )}
        <a
          href={`https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`}
          target="_blank"
          rel="noreferrer"
          className="inline-flex min-h-11 items-center underline underline-offset-2"
        >
          {address}
        </a>
        {a.status === 'enroute' && a.etaAt && <p>ETA {formatInZone(a.etaAt, a.timeZone, { timeOnly: true })}</p>}
      </div>
      <AppointmentButtons jobId={a.jobId} appointmentId={a.id} actions={a.actions} reasons={reasons} size="lg" />
    </li>
  );
}
