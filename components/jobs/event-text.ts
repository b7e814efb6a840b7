import { JOB_STATUS_LABELS, type JobStatus } from '@/lib/domain/statuses';

type EventLike = { type: string; details: Record<string, unknown>; toStatus: JobStatus | null };

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** One readable line for an activity event. */
export function describeEvent(event: EventLike): string {
  const d = event.details;
  switch (event.type) {
    case 'job.created':
      return `Job #${text(String(d.number ?? ''))} created`;
    case 'offer.created':
      return `Offered to ${text(d.providerName) || 'a provider'}`;
    case 'offer.accepted':
      return d.scheduled ? 'Offer accepted and first visit scheduled' : 'Offer accepted';
    case 'offer.declined':
      return `Offer declined: ${text(d.reason)}`;
    case 'offer.withdrawn':
      return `Offer to ${text(d.providerName) || 'the provider'} withdrawn`;
    case 'offer.expired':
      return `Offer to ${text(d.providerName) || 'the provider'} expired unanswered`;
    case 'job.update_requested':
      return d.message ? `Update requested: “${text(d.message)}”` : 'Update requested from the provider';
    case 'appointment.scheduled':
      return 'Appointment scheduled';
    case 'appointment.rescheduled':
      return 'Appointment rescheduled';
    case 'appointment.reassigned':
      return d.technicianName ? `Appointment assigned to ${text(d.technicianName)}` : 'Appointment unassigned';
    case 'appointment.canceled':
      return d.reason ? `Appointment canceled: ${text(d.reason)}` : 'Appointment canceled';
    case 'appointment.enroute':
      return `On My Way (ETA ${String(d.etaMinutes ?? '?')} min)`;
    case 'appointment.started':
      return 'Appointment started';
    case 'appointment.completed':
      return `Appointment completed: ${text(d.reason)}${d.note ? ` — “${text(d.note)}”` : ''}`;
    case 'job.completed':
      return 'Job completed';
    case 'job.canceled':
      return `Job canceled: ${text(d.reason)}`;
    case 'job.reopened':
      return 'Job reopened';
    case 'survey.answered':
      return `Customer rated the visit ${String(d.rating ?? '?')} out of 5${d.comment ? ` — “${text(d.comment)}”` : ''}`;
    default:
      return event.toStatus ? `Status changed to ${JOB_STATUS_LABELS[event.toStatus]}` : event.type;
  }
}
