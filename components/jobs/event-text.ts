import type { ActivityEvent } from '@/lib/domain/activity-events';

/** One readable line for an activity event; a new event type does not compile until it has one. */
export function describeEvent(event: ActivityEvent): string {
  switch (event.type) {
    case 'job.created':
      return `Job #${event.details.number} created`;
    case 'offer.created':
      return `Offered to ${event.details.providerName}`;
    case 'offer.accepted':
      return event.details.scheduled ? 'Offer accepted and first visit scheduled' : 'Offer accepted';
    case 'offer.declined':
      return `Offer declined: ${event.details.reason}`;
    case 'offer.withdrawn':
      return `Offer to ${event.details.providerName ?? 'the provider'} withdrawn`;
    case 'offer.expired':
      return `Offer to ${event.details.providerName ?? 'the provider'} expired unanswered`;
    case 'job.update_requested':
      return event.details.message ? `Update requested: “${event.details.message}”` : 'Update requested from the provider';
    case 'appointment.scheduled':
      return 'Appointment scheduled';
    case 'appointment.rescheduled':
      return 'Appointment rescheduled';
    case 'appointment.reassigned':
      return event.details.technicianName ? `Appointment assigned to ${event.details.technicianName}` : 'Appointment unassigned';
    case 'appointment.canceled':
      return event.details.reason ? `Appointment canceled: ${event.details.reason}` : 'Appointment canceled';
    case 'appointment.enroute':
      return `On My Way (ETA ${event.details.etaMinutes} min)`;
    case 'appointment.started':
      return 'Appointment started';
    case 'appointment.completed':
      return `Appointment completed: ${event.details.reason}${event.details.note ? ` — “${event.details.note}”` : ''}`;
    case 'job.completed':
      return 'Job completed';
    case 'job.canceled':
      return `Job canceled: ${event.details.reason}`;
    case 'job.reopened':
      return 'Job reopened';
    case 'survey.answered':
      return `Customer rated the visit ${event.details.rating} out of 5${event.details.comment ? ` — “${event.details.comment}”` : ''}`;
  }
}
