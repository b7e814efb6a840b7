import { appointmentTarget, canRescheduleAppointment, canTransitionAppointment } from './appointment-transitions';
import type { JobAction } from './permissions';
import type { AppointmentStatus, Role } from './statuses';

export const VISIT_ACTIONS = [
  'mark_enroute',
  'start_appointment',
  'complete_appointment',
  'reschedule_appointment',
  'reassign_appointment',
  'cancel_appointment',
] as const satisfies readonly JobAction[];
export type VisitAction = (typeof VISIT_ACTIONS)[number];

function visitAllows(action: VisitAction, status: AppointmentStatus, role: Role): boolean {
  switch (action) {
    case 'mark_enroute':
    case 'start_appointment':
    case 'complete_appointment':
    case 'cancel_appointment':
      return canTransitionAppointment(status, appointmentTarget(action), role);
    case 'reschedule_appointment':
    case 'reassign_appointment':
      return canRescheduleAppointment(status);
  }
}

/**
 * The buttons one visit shows: what the job allows this user now (availableJobActions),
 * narrowed by where the visit itself stands. Screens render this list and decide nothing.
 */
export function availableVisitActions(role: Role, jobActions: readonly JobAction[], status: AppointmentStatus): VisitAction[] {
  return VISIT_ACTIONS.filter((action) => jobActions.includes(action) && visitAllows(action, status, role));
}
