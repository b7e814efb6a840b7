import type { AppointmentStatus, Role } from './statuses';

export type AppointmentAction = 'mark_enroute' | 'start_appointment' | 'complete_appointment' | 'cancel_appointment';

const TARGET: Record<AppointmentAction, AppointmentStatus> = {
  mark_enroute: 'enroute',
  start_appointment: 'started',
  complete_appointment: 'complete',
  cancel_appointment: 'canceled',
};

// DESIGN.md: scheduled → enroute → started → complete, with scheduled → started,
// scheduled → complete (dispatcher backup only) and any open status → canceled.
const ALLOWED: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  scheduled: ['enroute', 'started', 'complete', 'canceled'],
  enroute: ['started', 'canceled'],
  started: ['complete', 'canceled'],
  complete: [],
  canceled: [],
};

export function appointmentTarget(action: AppointmentAction): AppointmentStatus {
  return TARGET[action];
}

export function canTransitionAppointment(from: AppointmentStatus, to: AppointmentStatus, role: Role): boolean {
  if (!ALLOWED[from].includes(to)) return false;
  if (from === 'scheduled' && to === 'complete') return role === 'provider_dispatcher';
  return true;
}

/** Only a visit that has not begun can move in time or change hands. */
export function canRescheduleAppointment(status: AppointmentStatus): boolean {
  return status === 'scheduled';
}
