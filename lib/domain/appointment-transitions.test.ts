import { describe, expect, it } from 'vitest';
import { appointmentTarget, canRescheduleAppointment, canTransitionAppointment, type AppointmentAction } from './appointment-transitions';
import { APPOINTMENT_STATUSES, ROLES, type AppointmentStatus, type Role } from './statuses';

const ANYONE = ROLES;

/** DESIGN.md "Appointment status": every allowed move and who may make it; anything absent is refused. */
const EXPECTED: Record<AppointmentStatus, Partial<Record<AppointmentStatus, readonly Role[]>>> = {
  scheduled: { enroute: ANYONE, started: ANYONE, complete: ['provider_dispatcher'], canceled: ANYONE },
  enroute: { started: ANYONE, canceled: ANYONE },
  started: { complete: ANYONE, canceled: ANYONE },
  complete: {},
  canceled: {},
};

const isExpected = (from: AppointmentStatus, to: AppointmentStatus, role: Role) => EXPECTED[from][to]?.includes(role) ?? false;

const CASES = APPOINTMENT_STATUSES.flatMap((from) =>
  APPOINTMENT_STATUSES.flatMap((to) => ROLES.map((role) => [from, to, role, isExpected(from, to, role)] as const)),
);

describe('canTransitionAppointment', () => {
  it('covers every (from, to, role)', () => {
    expect(CASES).toHaveLength(APPOINTMENT_STATUSES.length ** 2 * ROLES.length);
  });

  it.each(CASES)('%s → %s by %s: %s', (from, to, role, allowed) => {
    expect(canTransitionAppointment(from, to, role)).toBe(allowed);
  });

  it('lets only the dispatcher complete a visit that never started (backup statusing)', () => {
    const backupCompleters = ROLES.filter((role) => canTransitionAppointment('scheduled', 'complete', role));
    expect(backupCompleters).toEqual(['provider_dispatcher']);
  });

  it.each(['complete', 'canceled'] as const)('treats %s as final', (from) => {
    const moves = APPOINTMENT_STATUSES.filter((to) => ROLES.some((role) => canTransitionAppointment(from, to, role)));
    expect(moves).toEqual([]);
  });

  it('never goes backwards', () => {
    const order = ['scheduled', 'enroute', 'started', 'complete'] as const;
    for (const [i, from] of order.entries()) {
      for (const to of order.slice(0, i + 1)) {
        for (const role of ROLES) expect(canTransitionAppointment(from, to, role)).toBe(false);
      }
    }
  });
});

describe('appointmentTarget', () => {
  it.each<[AppointmentAction, AppointmentStatus]>([
    ['mark_enroute', 'enroute'],
    ['start_appointment', 'started'],
    ['complete_appointment', 'complete'],
    ['cancel_appointment', 'canceled'],
  ])('%s moves the appointment to %s', (action, status) => {
    expect(appointmentTarget(action)).toBe(status);
  });
});

describe('canRescheduleAppointment', () => {
  it.each(APPOINTMENT_STATUSES.map((status) => [status, status === 'scheduled'] as const))('%s: %s', (status, allowed) => {
    expect(canRescheduleAppointment(status)).toBe(allowed);
  });
});
