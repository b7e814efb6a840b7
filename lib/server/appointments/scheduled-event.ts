import 'server-only';
import type { Appointment } from '@/db/schema';
import type { EventInput } from '../jobs/job-change';

/** The activity line for a newly booked visit, wherever it is booked (schedule, accept, a new direct job). */
export function scheduledEvent(appointment: Appointment): EventInput {
  return {
    type: 'appointment.scheduled',
    appointmentId: appointment.id,
    details: { windowStart: appointment.windowStart.toISOString(), windowEnd: appointment.windowEnd.toISOString(), technicianId: appointment.technicianId },
  };
}
