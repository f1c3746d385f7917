import { gregorianToJalali, isValidJalaliDate, jalaliToGregorian } from '@pishkhan/fa-format';
import { tehranInstant, tehranWallClock } from '../../platform/time/tehran-date';

/**
 * The files of the bank and of the Hajj organisation write Jalali dates (`1384-10-20`) and Tehran
 * wall-clock times (`1392-11-18T09:00`); the database and the GraphQL operations hold ISO dates
 * (Gregorian calendar days, as Tehran sees them) and instants.
 */

const JALALI_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const JALALI_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})T(\d{2}):(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `1384-10-20` → `2006-01-10`; null when it is not a real Jalali date. */
export function jalaliToIso(text: string): string | null {
  const match = JALALI_DATE.exec(text.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidJalaliDate(y, m, d)) return null;
  const g = jalaliToGregorian(y, m, d);
  return `${pad(g.year, 4)}-${pad(g.month)}-${pad(g.day)}`;
}

/** `1392-11-18T09:00` (Tehran) → the instant; null when malformed. */
export function jalaliTimeToInstant(text: string): Date | null {
  const match = JALALI_TIME.exec(text.trim());
  if (!match) return null;
  const iso = jalaliToIso(`${match[1]}-${match[2]}-${match[3]}`);
  const [hour, minute] = [Number(match[4]), Number(match[5])];
  if (!iso || hour > 23 || minute > 59) return null;
  return new Date(tehranInstant(iso, `${pad(hour)}:${pad(minute)}`));
}

/** `2006-01-10` → `1384-10-20`. */
export function isoToJalali(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const j = gregorianToJalali(y, m, d);
  return `${pad(j.year, 4)}-${pad(j.month)}-${pad(j.day)}`;
}

/** The Jalali year of an ISO date. */
export function jalaliYearOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return gregorianToJalali(y, m, d).year;
}

/** An instant as Tehran's Jalali wall clock, `1392-11-18T09:00` (what the season file holds). */
export function instantToJalaliTime(instant: Date): string {
  const { date, time } = tehranWallClock(instant);
  return `${isoToJalali(date)}T${time}`;
}

/** A Jalali date written in the code (a rule's fixed boundary), as ISO; throws when wrong. */
export function jalali(text: string): string {
  const iso = jalaliToIso(text);
  if (!iso) throw new RangeError(`Not a Jalali date: ${text}`);
  return iso;
}
