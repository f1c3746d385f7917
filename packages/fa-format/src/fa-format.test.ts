import { describe, expect, it } from 'vitest';
import { formatJalaliDate, formatJalaliDateTime, formatRials, toJalali, toPersianDigits } from './index.js';

describe('toPersianDigits', () => {
  it('writes every ASCII digit in Persian and leaves the rest', () => {
    expect(toPersianDigits('کد 0123456789-x')).toBe('کد ۰۱۲۳۴۵۶۷۸۹-x');
    expect(toPersianDigits(1403)).toBe('۱۴۰۳');
  });
});

describe('formatRials', () => {
  it('groups thousands with the Persian separator', () => {
    expect(formatRials(270_000)).toBe('۲۷۰٬۰۰۰ ریال');
    expect(formatRials(10_000_000, { unit: false })).toBe('۱۰٬۰۰۰٬۰۰۰');
    expect(formatRials(0)).toBe('۰ ریال');
    expect(formatRials(-1_500)).toBe('-۱٬۵۰۰ ریال');
  });

  it('takes amounts past 2^53 as bigint and refuses fractions', () => {
    expect(formatRials(12_345_678_901_234_567_890n, { unit: false })).toBe('۱۲٬۳۴۵٬۶۷۸٬۹۰۱٬۲۳۴٬۵۶۷٬۸۹۰');
    expect(() => formatRials(1.5)).toThrow(RangeError);
  });
});

describe('Jalali dates', () => {
  it('turns ISO calendar dates into Jalali with Persian digits', () => {
    expect(formatJalaliDate('2026-11-23')).toBe('۱۴۰۵/۰۹/۰۲');
    expect(formatJalaliDate('2024-07-14')).toBe('۱۴۰۳/۰۴/۲۴');
  });

  it('puts Nowruz on the right day', () => {
    expect(toJalali('2025-03-21')).toEqual({ year: 1404, month: 1, day: 1 });
    expect(toJalali('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
    expect(toJalali('2026-03-21')).toEqual({ year: 1405, month: 1, day: 1 });
  });

  it('reads instants on Tehran time, across midnight', () => {
    // 21:00 UTC is 00:30 the next day in Tehran (UTC+03:30).
    expect(toJalali(new Date('2026-11-22T21:00:00Z'))).toEqual({ year: 1405, month: 9, day: 2 });
    expect(formatJalaliDateTime(new Date('2026-11-22T21:00:00Z'))).toBe('۱۴۰۵/۰۹/۰۲ ۰۰:۳۰');
  });

  it('refuses what is not a date', () => {
    expect(() => formatJalaliDate('not a date')).toThrow(RangeError);
  });
});
