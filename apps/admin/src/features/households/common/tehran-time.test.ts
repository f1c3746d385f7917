import { describe, expect, it } from 'vitest';
import { tehranInstant, tehranToday, tehranWallClock } from './tehran-time';

describe('Tehran time', () => {
  it("gives today's date in Tehran", () => {
    expect(tehranToday(new Date('2026-03-20T21:00:00Z'))).toBe('2026-03-21');
    expect(tehranToday(new Date('2026-03-20T20:00:00Z'))).toBe('2026-03-20');
  });

  it('reads the wall clock of an instant', () => {
    expect(tehranWallClock('2024-07-09T20:30:00.000Z')).toEqual({ date: '2024-07-10', time: '00:00' });
  });

  it('makes the instant of a wall clock, with the offset of that day', () => {
    expect(tehranInstant('2024-07-10', '00:00')).toBe('2024-07-10T00:00:00+03:30');
    expect(new Date(tehranInstant('2024-07-10', '00:00')).toISOString()).toBe('2024-07-09T20:30:00.000Z');
    // Before 1401 Iran kept summer time.
    expect(tehranInstant('2019-07-10', '08:15')).toBe('2019-07-10T08:15:00+04:30');
    expect(tehranInstant('2019-12-10', '08:15')).toBe('2019-12-10T08:15:00+03:30');
  });
});
