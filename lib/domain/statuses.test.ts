import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_STATUS_LABELS,
  JOB_STATUSES,
  JOB_STATUS_LABELS,
  OPEN_JOB_STATUSES,
  ROLES,
  ROLE_LABELS,
  isOpenAppointment,
} from './statuses';

describe('statuses', () => {
  it('lists the job statuses in DESIGN.md order', () => {
    expect(JOB_STATUSES).toEqual(['unassigned', 'offered', 'unscheduled', 'scheduled', 'in_progress', 'paused', 'complete', 'canceled']);
  });

  it('labels job statuses exactly as the badges read', () => {
    expect(JOB_STATUSES.map((s) => JOB_STATUS_LABELS[s])).toEqual([
      'Unassigned',
      'Offered',
      'Unscheduled',
      'Scheduled',
      'In Progress',
      'Paused',
      'Complete',
      'Canceled',
    ]);
  });

  it('labels every appointment status and role', () => {
    expect(Object.keys(APPOINTMENT_STATUS_LABELS).sort()).toEqual([...APPOINTMENT_STATUSES].sort());
    expect(APPOINTMENT_STATUS_LABELS.enroute).toBe('On My Way');
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('treats every job status but Complete and Canceled as open', () => {
    expect(OPEN_JOB_STATUSES).toEqual(JOB_STATUSES.filter((s) => s !== 'complete' && s !== 'canceled'));
  });

  it.each(APPOINTMENT_STATUSES.map((s) => [s, s === 'scheduled' || s === 'enroute' || s === 'started'] as const))(
    'appointment %s is open: %s',
    (status, open) => {
      expect(isOpenAppointment(status)).toBe(open);
    },
  );
});
