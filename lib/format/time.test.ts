import { describe, expect, it } from 'vitest';
import { formatInZone, formatRelative, formatWindow, zoneAbbreviation } from '@/lib/format/time';

const CHICAGO = 'America/Chicago';

describe('zoneAbbreviation', () => {
  it.each([
    ['2026-07-04T17:00:00Z', CHICAGO, 'CDT'],
    ['2026-12-04T17:00:00Z', CHICAGO, 'CST'],
    ['2026-12-04T17:00:00Z', 'America/New_York', 'EST'],
    ['2026-12-04T17:00:00Z', 'America/Los_Angeles', 'PST'],
    ['2026-12-04T17:00:00Z', 'UTC', 'UTC'],
  ])('%s in %s is %s', (date, zone, expected) => {
    expect(zoneAbbreviation(date, zone)).toBe(expected);
  });

  it('switches at the DST boundary (Nov 1, 2026, 2:00 AM CDT → 1:00 AM CST)', () => {
    expect(zoneAbbreviation('2026-11-01T06:59:00Z', CHICAGO)).toBe('CDT');
    expect(zoneAbbreviation('2026-11-01T07:00:00Z', CHICAGO)).toBe('CST');
  });
});

describe('formatInZone', () => {
  const instant = '2026-11-03T14:04:00Z';

  it('shows the wall-clock time of the zone, not of UTC', () => {
    expect(formatInZone(instant, CHICAGO)).toBe('Tue, Nov 3 · 8:04 AM CST');
    expect(formatInZone(instant, 'UTC')).toBe('Tue, Nov 3 · 2:04 PM UTC');
  });

  it('crosses the date line when the zone is behind UTC', () => {
    expect(formatInZone('2026-11-04T03:30:00Z', CHICAGO)).toBe('Tue, Nov 3 · 9:30 PM CST');
  });

  it('accepts Date objects and epoch milliseconds', () => {
    expect(formatInZone(new Date(instant), CHICAGO)).toBe(formatInZone(Date.parse(instant), CHICAGO));
  });

  it('has time-only, date-only, year and no-zone forms', () => {
    expect(formatInZone(instant, CHICAGO, { timeOnly: true })).toBe('8:04 AM CST');
    expect(formatInZone(instant, CHICAGO, { dateOnly: true })).toBe('Tue, Nov 3');
    expect(formatInZone(instant, CHICAGO, { year: true })).toBe('Tue, Nov 3, 2026 · 8:04 AM CST');
    expect(formatInZone(instant, CHICAGO, { timeOnly: true, zone: false })).toBe('8:04 AM');
  });

  it('uses daylight time in summer', () => {
    expect(formatInZone('2026-07-04T17:00:00Z', CHICAGO, { timeOnly: true })).toBe('12:00 PM CDT');
  });

  it('uses plain spaces so server and browser output match', () => {
    expect(formatInZone(instant, CHICAGO)).not.toMatch(/[\u202f\u2009\u00a0]/);
  });

  it('rejects an invalid date', () => {
    expect(() => formatInZone('not a date', CHICAGO)).toThrow(RangeError);
  });
});

describe('formatWindow', () => {
  it('shares the AM/PM marker when both ends have it', () => {
    expect(formatWindow('2026-11-03T14:00:00Z', '2026-11-03T16:00:00Z', CHICAGO)).toBe('Tue, Nov 3 · 8:00–10:00 AM CST');
  });

  it('names both markers across noon', () => {
    expect(formatWindow('2026-11-03T17:00:00Z', '2026-11-03T19:00:00Z', CHICAGO)).toBe('Tue, Nov 3 · 11:00 AM–1:00 PM CST');
  });

  it('is given in the zone, not in UTC', () => {
    expect(formatWindow('2026-11-03T14:00:00Z', '2026-11-03T16:00:00Z', 'America/Los_Angeles')).toBe(
      'Tue, Nov 3 · 6:00–8:00 AM PST',
    );
  });

  it('names each zone when the window spans the DST change', () => {
    expect(formatWindow('2026-11-01T05:30:00Z', '2026-11-01T09:00:00Z', CHICAGO)).toBe(
      'Sun, Nov 1 · 12:30 AM CDT–3:00 AM CST',
    );
  });

  it('keeps summer windows in daylight time', () => {
    expect(formatWindow('2026-03-09T13:00:00Z', '2026-03-09T15:00:00Z', CHICAGO)).toBe('Mon, Mar 9 · 8:00–10:00 AM CDT');
  });

  it('gives both dates when the window runs past midnight in the zone', () => {
    expect(formatWindow('2026-11-04T04:00:00Z', '2026-11-04T08:00:00Z', CHICAGO)).toBe(
      'Tue, Nov 3 · 10:00 PM – Wed, Nov 4 · 2:00 AM CST',
    );
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-11-03T15:00:00Z');
  const at = (iso: string) => formatRelative(iso, now, CHICAGO);

  it.each([
    ['2026-11-03T14:59:30Z', 'just now'],
    ['2026-11-03T15:00:20Z', 'just now'],
    ['2026-11-03T14:48:00Z', '12 min ago'],
    ['2026-11-03T15:05:00Z', 'in 5 min'],
    ['2026-11-03T12:00:00Z', '3 h ago'],
    ['2026-11-03T18:10:00Z', 'in 3 h'],
    ['2026-11-02T20:00:00Z', 'yesterday'],
    ['2026-11-04T20:00:00Z', 'tomorrow'],
    ['2026-10-30T12:00:00Z', '4 days ago'],
    ['2026-11-06T12:00:00Z', 'in 3 days'],
    ['2026-10-01T12:00:00Z', 'Oct 1'],
    ['2025-10-01T12:00:00Z', 'Oct 1, 2025'],
  ])('%s → %s', (iso, expected) => {
    expect(at(iso)).toBe(expected);
  });

  it('counts calendar days in the given zone', () => {
    const lateEvening = new Date('2026-11-04T03:30:00Z');
    const event = '2026-11-03T13:00:00Z';
    expect(formatRelative(event, lateEvening, CHICAGO)).toBe('14 h ago');
    expect(formatRelative(event, lateEvening, 'UTC')).toBe('yesterday');
  });

  it('shows hours, not "yesterday", for a few hours across midnight', () => {
    expect(formatRelative('2026-11-04T04:30:00Z', new Date('2026-11-04T07:00:00Z'), CHICAGO)).toBe('2 h ago');
  });

  it('measures real elapsed time across the DST change', () => {
    expect(formatRelative('2026-11-01T06:30:00Z', new Date('2026-11-01T08:30:00Z'), CHICAGO)).toBe('2 h ago');
  });
});
