import { describe, expect, it } from 'vitest';
import { checkWindow, windowsOverlap } from './appointment-window';

const now = new Date('2026-11-26T18:00:00Z'); // 12:00 in Chicago
const tz = 'America/Chicago';

describe('checkWindow', () => {
  it('turns a local window into instants in the service zone', () => {
    const result = checkWindow({ date: '2026-11-27', windowStart: '08:00', windowEnd: '10:00' }, tz, now);
    expect(result).toEqual({ ok: true, windowStart: new Date('2026-11-27T14:00:00Z'), windowEnd: new Date('2026-11-27T16:00:00Z') });
  });

  it.each([
    [{ date: '', windowStart: '08:00', windowEnd: '10:00' }, 'date'],
    [{ date: '2026-11-27', windowStart: '8am', windowEnd: '10:00' }, 'windowStart'],
    [{ date: '2026-11-27', windowStart: '10:00', windowEnd: '10:00' }, 'windowEnd'],
    [{ date: '2026-11-27', windowStart: '11:00', windowEnd: '09:00' }, 'windowEnd'],
    [{ date: '2026-11-27', windowStart: '06:00', windowEnd: '18:30' }, 'windowEnd'],
    [{ date: '2026-11-25', windowStart: '08:00', windowEnd: '10:00' }, 'date'],
  ])('refuses %o on %s', (input, field) => {
    const result = checkWindow(input, tz, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toContain(field);
  });

  it('allows exactly 12 hours and a window already under way', () => {
    expect(checkWindow({ date: '2026-11-27', windowStart: '06:00', windowEnd: '18:00' }, tz, now).ok).toBe(true);
    expect(checkWindow({ date: '2026-11-26', windowStart: '11:00', windowEnd: '13:00' }, tz, now).ok).toBe(true);
  });
});

describe('windowsOverlap', () => {
  const w = (a: number, b: number) => ({ windowStart: new Date(a * 3_600_000), windowEnd: new Date(b * 3_600_000) });
  it.each([
    [w(8, 10), w(9, 11), true],
    [w(8, 10), w(10, 12), false],
    [w(8, 12), w(9, 10), true],
    [w(8, 9), w(11, 12), false],
  ])('%o and %o → %s', (a, b, expected) => {
    expect(windowsOverlap(a, b)).toBe(expected);
    expect(windowsOverlap(b, a)).toBe(expected);
  });
});
