import { describe, expect, it } from 'vitest';
import { availableJobActions } from './permissions';
import { APPOINTMENT_STATUSES, JOB_STATUSES, type AppointmentStatus } from './statuses';
import { VISIT_ACTIONS, availableVisitActions, type VisitAction } from './visit-actions';

// What a visit in each status shows to someone whose job allows every visit action.
// One character per action, in VISIT_ACTIONS order: mark_enroute, start, complete, reschedule, reassign, cancel.
const DISPATCHER: Record<AppointmentStatus, string> = {
  scheduled: 'xxxxxx',
  enroute: '-x---x',
  started: '--x--x',
  complete: '------',
  canceled: '------',
};
// A technician never completes a visit that has not started (dispatcher backup only), and never
// changes the schedule; the job does not allow them the schedule actions anyway.
const TECHNICIAN: Record<AppointmentStatus, string> = {
  scheduled: 'xx----',
  enroute: '-x----',
  started: '--x---',
  complete: '------',
  canceled: '------',
};

const decode = (row: string): VisitAction[] => VISIT_ACTIONS.filter((_, i) => row[i] === 'x');

describe('availableVisitActions', () => {
  it.each(APPOINTMENT_STATUSES)('a dispatcher on a visiting job, visit %s', (status) => {
    expect(availableVisitActions('provider_dispatcher', availableJobActions('provider_dispatcher', 'scheduled', true), status)).toEqual(decode(DISPATCHER[status]));
  });

  it.each(APPOINTMENT_STATUSES)('a technician on a visiting job, visit %s', (status) => {
    expect(availableVisitActions('technician', availableJobActions('technician', 'in_progress', true), status)).toEqual(decode(TECHNICIAN[status]));
  });

  it('offers nothing the job does not allow, whatever the visit', () => {
    for (const role of ['enterprise_admin', 'enterprise_staff', 'provider_dispatcher', 'technician'] as const) {
      for (const jobStatus of JOB_STATUSES) {
        const jobActions = availableJobActions(role, jobStatus, role === 'provider_dispatcher' || role === 'technician' ? true : undefined);
        for (const status of APPOINTMENT_STATUSES) {
          for (const action of availableVisitActions(role, jobActions, status)) expect(jobActions).toContain(action);
        }
      }
    }
  });

  it('an enterprise user gets no visit buttons', () => {
    for (const status of APPOINTMENT_STATUSES) expect(availableVisitActions('enterprise_admin', availableJobActions('enterprise_admin', 'scheduled'), status)).toEqual([]);
  });
});
