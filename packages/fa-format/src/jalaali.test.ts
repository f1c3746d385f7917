import { describe, expect, it } from 'vitest';
import { gregorianToJalali, isValidJalaliDate, jalaliMonthLength, jalaliToGregorian } from './jalaali.js';

const persian = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function intlJalali(date: Date) {
  const parts = persian.formatToParts(date);
  const num = (type: Intl.DateTimeFormatPartTypes) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return { year: num('year'), month: num('month'), day: num('day') };
}

describe('gregorianToJalali', () => {
  it('converts known dates', () => {
    expect(gregorianToJalali(1992, 2, 14)).toEqual({ year: 1370, month: 11, day: 25 });
    expect(gregorianToJalali(2025, 3, 21)).toEqual({ year: 1404, month: 1, day: 1 });
    expect(gregorianToJalali(1992, 3, 20)).toEqual({ year: 1370, month: 12, day: 30 });
  });

  it('agrees with the platform Persian calendar every day from 1940 to 2060', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1940, 0, 1, 12); t < Date.UTC(2060, 0, 1); t += 86_400_000) {
      const date = new Date(t);
      const ours = gregorianToJalali(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
      const theirs = intlJalali(date);
      if (ours.year !== theirs.year || ours.month !== theirs.month || ours.day !== theirs.day)
        mismatches.push(date.toISOString().slice(0, 10));
    }
    expect(mismatches).toEqual([]);
  });
});

describe('jalaliToGregorian', () => {
  it('is the inverse of gregorianToJalali', () => {
    for (let t = Date.UTC(1950, 0, 1, 12); t < Date.UTC(2050, 0, 1); t += 86_400_000 * 3) {
      const date = new Date(t);
      const j = gregorianToJalali(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
      expect(jalaliToGregorian(j.year, j.month, j.day)).toEqual({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      });
    }
  });

  it('converts the birth date of the seed applicant', () => {
    expect(jalaliToGregorian(1370, 11, 25)).toEqual({ year: 1992, month: 2, day: 14 });
  });
});

describe('jalaliMonthLength and isValidJalaliDate', () => {
  it('knows the month lengths, Esfand of leap years included', () => {
    expect(jalaliMonthLength(1404, 1)).toBe(31);
    expect(jalaliMonthLength(1404, 7)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1370, 12)).toBe(30);
  });

  it('refuses dates that do not exist', () => {
    expect(isValidJalaliDate(1403, 12, 30)).toBe(true);
    expect(isValidJalaliDate(1404, 12, 30)).toBe(false);
    expect(isValidJalaliDate(1404, 13, 1)).toBe(false);
    expect(isValidJalaliDate(1404, 1, 0)).toBe(false);
    expect(isValidJalaliDate(1404, 1.5, 1)).toBe(false);
  });
});
