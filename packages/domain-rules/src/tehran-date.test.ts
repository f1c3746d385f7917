import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, tehranInstant, tehranToday, tehranWallClock } from './tehran-date.js';

describe('Tehran dates', () => {
  it("gives today's date in Tehran, which turns at 20:30 UTC", () => {
    expect(tehranToday(new Date('2026-03-20T21:00:00Z'))).toBe('2026-03-21');
    expect(tehranToday(new Date('2026-03-20T20:00:00Z'))).toBe('2026-03-20');
    expect(tehranToday(new Date('2026-11-22T20:29:59Z'))).toBe('2026-11-22');
    expect(tehranToday(new Date('2026-11-22T20:30:00Z'))).toBe('2026-11-23');
  });

  it('adds days across months and years, and counts them back', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('reads the wall clock of an instant', () => {
    expect(tehranWallClock('2024-07-09T20:30:00.000Z')).toEqual({ date: '2024-07-10', time: '00:00' });
    expect(tehranWallClock(new Date('2026-01-01T07:29:00Z'))).toEqual({ date: '2026-01-01', time: '10:59' });
  });

  it('makes the instant of a wall clock, with the offset of that day', () => {
    expect(tehranInstant('2024-07-10', '00:00')).toBe('2024-07-10T00:00:00+03:30');
    expect(new Date(tehranInstant('2024-07-10', '00:00')).toISOString()).toBe('2024-07-09T20:30:00.000Z');
    // Before 1401 Iran kept summer time.
    expect(tehranInstant('2019-07-10', '08:15')).toBe('2019-07-10T08:15:00+04:30');
    expect(tehranInstant('2019-12-10', '08:15')).toBe('2019-12-10T08:15:00+03:30');
  });
});
