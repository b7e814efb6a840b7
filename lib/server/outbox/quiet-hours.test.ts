import { describe, expect, it } from 'vitest';
import { quietHoursEnd } from './quiet-hours';

const chicago = { start: '21:00', end: '08:00', timeZone: 'America/Chicago' };

describe('quietHoursEnd', () => {
  it.each([
    ['evening, before quiet hours', '2030-01-15T02:59:00Z', null], // 20:59 CST
    ['at the start', '2030-01-15T03:00:00Z', '2030-01-15T14:00:00Z'], // 21:00 CST → 08:00 next morning
    ['just before midnight', '2030-01-15T05:59:00Z', '2030-01-15T14:00:00Z'],
    ['after midnight', '2030-01-15T10:00:00Z', '2030-01-15T14:00:00Z'], // 04:00 CST
    ['at the end', '2030-01-15T14:00:00Z', null],
    // The night the clocks go forward: 08:00 CDT is 13:00Z, not 14:00Z.
    ['across the DST change', '2030-03-10T05:00:00Z', '2030-03-10T13:00:00Z'],
  ])('%s', (_label, at, expected) => {
    expect(quietHoursEnd(new Date(at), chicago)?.toISOString() ?? null).toBe(expected === null ? null : new Date(expected).toISOString());
  });

  it('handles quiet hours that do not wrap midnight, and none at all', () => {
    const lunch = { start: '12:00', end: '13:00', timeZone: 'UTC' };
    expect(quietHoursEnd(new Date('2030-01-15T12:30:00Z'), lunch)?.toISOString()).toBe('2030-01-15T13:00:00.000Z');
    expect(quietHoursEnd(new Date('2030-01-15T13:30:00Z'), lunch)).toBeNull();
    expect(quietHoursEnd(new Date('2030-01-15T12:30:00Z'), { ...lunch, end: '12:00' })).toBeNull();
  });
});
