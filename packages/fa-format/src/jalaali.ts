import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';

/**
 * Gregorian ↔ Jalali conversion by jalaali-js (Borkowski's algorithm with the break years of the
 * Jalali leap cycle; it agrees with the platform's Persian calendar from 1800 to 2256). These
 * wrappers keep the shape the admin and the API use: `{ year, month, day }`, months 1-12. They
 * throw a RangeError for years jalaali-js does not cover.
 */

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export function gregorianToJalali(year: number, month: number, day: number): CalendarDate {
  const { jy, jm, jd } = toJalaali(year, month, day);
  return { year: jy, month: jm, day: jd };
}

export function jalaliToGregorian(year: number, month: number, day: number): CalendarDate {
  const { gy, gm, gd } = toGregorian(year, month, day);
  return { year: gy, month: gm, day: gd };
}

/** Days in a Jalali month (month 1-12): 31, 30, or 29/30 for Esfand. */
export function jalaliMonthLength(year: number, month: number): number {
  return jalaaliMonthLength(year, month);
}

/** True when year/month/day (integers, month 1-12) is a real Jalali date. */
export function isValidJalaliDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && isValidJalaaliDate(year, month, day);
}
