import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToZonedParts, isValidTimeZone, zonedTimeToInstant } from './zoned-time';

describe('zonedTimeToInstant', () => {
  it.each([
    ['2026-11-27', '08:00', 'America/Chicago', '2026-11-27T14:00:00.000Z'],
    ['2026-07-01', '08:00', 'America/Chicago', '2026-07-01T13:00:00.000Z'],
    ['2026-07-01', '08:00', 'America/Denver', '2026-07-01T14:00:00.000Z'],
    ['2026-01-15', '23:30', 'UTC', '2026-01-15T23:30:00.000Z'],
    // 02:30 does not exist on the spring-forward day: it moves forward to 03:30 EDT.
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // 01:30 happens twice on the fall-back day: the earlier (EDT) instant wins.
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(zonedTimeToInstant(date, time, zone).toISOString()).toBe(expected);
  });

  it('round-trips every wall-clock minute that exists', () => {
    const zones = ['America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'Europe/Berlin', 'UTC'];
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), fc.constantFrom(...zones), (instant, zone) => {
        const minute = new Date(Math.floor(instant.getTime() / 60_000) * 60_000);
        const { date, time } = instantToZonedParts(minute, zone);
        const back = zonedTimeToInstant(date, time, zone);
        expect(instantToZonedParts(back, zone)).toEqual({ date, time });
      }),
    );
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and refuses anything else', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
