import { describe, expect, it } from 'vitest';
import { addDays, daysLeftText, jalaliRange, tehranToday } from './tehran-date';

describe('Tehran dates', () => {
  it("gives today's date in Tehran, which may differ from UTC", () => {
    expect(tehranToday(new Date('2026-03-20T21:00:00Z'))).toBe('2026-03-21');
    expect(tehranToday(new Date('2026-03-20T20:00:00Z'))).toBe('2026-03-20');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('says how long is left in Persian', () => {
    expect(daysLeftText(30)).toBe('۳۰ روز');
    expect(daysLeftText(0)).toBe('امروز');
    expect(daysLeftText(-2)).toBe('مهلت گذشته');
  });

  it('shows a period in Jalali', () => {
    expect(jalaliRange('2023-12-31', '2024-02-18')).toBe('۱۴۰۲/۱۰/۱۰ تا ۱۴۰۲/۱۱/۲۹');
  });
});
