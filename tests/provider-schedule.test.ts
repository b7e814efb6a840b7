import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { setClock } from '@/lib/server/clock';
import { findSchedule } from '@/lib/server/schedule/find-schedule';
import { scheduleRange, startOfWeek } from '@/lib/server/schedule/schedule-range';
import {
  acmeNorthside,
  boltDispatcher,
  boltTech,
  expectRefused,
  fixtureUsers,
  jobInStatus,
  localDate,
  northsideDispatcher,
  seedWorld,
  TIME_ZONE,
} from './support/fixtures';

beforeAll(() => seedWorld());
afterEach(() => setClock(null));

describe('the schedule range', () => {
  it('starts a week on Monday and spans midnight to midnight in the zone', () => {
    expect(startOfWeek('2026-11-26')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');

    const week = scheduleRange('week', '2026-11-26', 'America/Chicago');

    expect(week.days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(week.from.toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(week.to.toISOString()).toBe('2026-11-30T06:00:00.000Z');
  });

  it('gives a day that changes clocks its real length', () => {
    const day = scheduleRange('day', '2026-03-08', 'America/Chicago');
    expect(day.to.getTime() - day.from.getTime()).toBe(23 * 3_600_000);
  });
});

describe('the board', () => {
  it('shows the provider’s own visits in the range, in lanes, and leaves canceled ones off', async () => {
    const mine = await jobInStatus('scheduled');
    const unassigned = await jobInStatus('scheduled', { technicianId: null });
    const canceled = await jobInStatus('scheduled');
    await cancelAppointment(boltDispatcher, { jobId: canceled.jobId, appointmentId: canceled.appointmentId! });
    const theirs = await jobInStatus('scheduled', { team: acmeNorthside });

    const board = await findSchedule(boltDispatcher, scheduleRange('day', localDate(1), TIME_ZONE));

    const ids = board.visits.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining([mine.appointmentId, unassigned.appointmentId]));
    expect(ids).not.toContain(canceled.appointmentId);
    expect(ids).not.toContain(theirs.appointmentId);
    expect(board.visits.find((v) => v.id === mine.appointmentId)).toMatchObject({ technicianId: boltTech.userId, jobId: mine.jobId, status: 'scheduled' });
    expect(board.visits.find((v) => v.id === unassigned.appointmentId)?.technicianId).toBeNull();
    expect(board.technicians.map((t) => t.id)).toContain(boltTech.userId);
    expect(board.technicians.map((t) => t.id)).not.toContain(fixtureUsers.boltFormerTech.id);
    expect(board.technicians.every((t) => t.id !== fixtureUsers.northsideTech.id)).toBe(true);
  });

  it('leaves out visits outside the range', async () => {
    const { appointmentId } = await jobInStatus('scheduled');
    const board = await findSchedule(boltDispatcher, scheduleRange('day', localDate(3), TIME_ZONE));
    expect(board.visits.map((v) => v.id)).not.toContain(appointmentId);
  });

  it('is for dispatchers only', async () => {
    await expectRefused('FORBIDDEN', () => findSchedule(boltTech, scheduleRange('day', localDate(1), TIME_ZONE)));
    expect((await findSchedule(northsideDispatcher, scheduleRange('day', localDate(3), TIME_ZONE))).visits).toEqual([]);
  });
});
