import type { GenerateConfig } from '@rc-component/picker/generate';
import dayjsGenerateConfig from '@rc-component/picker/generate/dayjs';
import {
  gregorianToJalali,
  isValidJalaliDate,
  jalaliMonthLength,
  jalaliToGregorian,
  toPersianDigits,
  type CalendarDate,
} from '@pishkhan/fa-format';
import { toLatinDigits } from '@pishkhan/national-id';
import type { Dayjs } from 'dayjs';
import { dayjs } from './dayjs-setup';

export const JALALI_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;

const NO_DATE: CalendarDate = { year: Number.NaN, month: Number.NaN, day: Number.NaN };

/** The Jalali date (month 1-12) of a day's local calendar date. */
export function jalaliOf(day: Dayjs): CalendarDate {
  return day.isValid() ? gregorianToJalali(day.year(), day.month() + 1, day.date()) : NO_DATE;
}

/** The local instant of a Jalali date (month 1-12) at a day's time of day. */
function atJalali(time: Dayjs, year: number, month: number, day: number): Dayjs {
  const g = jalaliToGregorian(year, month, day);
  return dayjs(new Date(g.year, g.month - 1, g.day, time.hour(), time.minute(), time.second(), time.millisecond()));
}

/** Moves a day to a Jalali year and month (month 0-based, any integer: it carries into years), keeping the day of month where the month has it. */
function toJalaliMonth(value: Dayjs, year: number, month0: number): Dayjs {
  const total = year * 12 + month0;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return atJalali(value, y, m, Math.min(jalaliOf(value).day, jalaliMonthLength(y, m)));
}

/** Days from 1 Farvardin (0 on Nowruz). */
function jalaliDayOfYear(value: Dayjs): number {
  const { year } = jalaliOf(value);
  return value.startOf('day').diff(atJalali(value, year, 1, 1).startOf('day'), 'day');
}

/** Jalali week of the year: weeks start on Saturday, and week 1 holds 1 Farvardin. */
function jalaliWeek(value: Dayjs): number {
  const nowruz = atJalali(value, jalaliOf(value).year, 1, 1);
  const nowruzWeekday = (nowruz.day() + 1) % 7; // Saturday 0 … Friday 6
  return Math.floor((jalaliDayOfYear(value) + nowruzWeekday) / 7) + 1;
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** The parts of a format the Jalali calendar changes; everything else is dayjs's. */
const JALALI_TOKENS = /\[[^\]]*]|YYYY|YY|MMMM|MMM|MM|M|DDDD|DDD|DD|Do|D/g;

/** A day in a dayjs-style format with Jalali year, month and day (Latin digits, as the picker's input shows them). */
export function formatJalali(value: Dayjs, format: string): string {
  const { year, month, day } = jalaliOf(value);
  const jalali = (token: string): string => {
    switch (token) {
      case 'YYYY':
        return pad(year, 4);
      case 'YY':
        return pad(year % 100, 2);
      case 'MMMM':
      case 'MMM':
        return JALALI_MONTHS[month - 1] ?? '';
      case 'MM':
        return pad(month, 2);
      case 'M':
        return String(month);
      case 'DDDD':
        return pad(jalaliDayOfYear(value) + 1, 3);
      case 'DDD':
        return String(jalaliDayOfYear(value) + 1);
      case 'DD':
        return pad(day, 2);
      default: // D, Do
        return String(day);
    }
  };
  let text = '';
  let last = 0;
  for (const match of format.matchAll(JALALI_TOKENS)) {
    if (match.index > last) text += value.format(format.slice(last, match.index));
    const token = match[0];
    text += token.startsWith('[') ? token.slice(1, -1) : jalali(token);
    last = match.index + token.length;
  }
  if (last < format.length) text += value.format(format.slice(last));
  return text;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const DATE_PARTS: Readonly<Record<string, { pattern: string; part: 'Y' | 'M' | 'D' }>> = {
  YYYY: { pattern: '(\\d{4})', part: 'Y' },
  MM: { pattern: '(\\d{2})', part: 'M' },
  M: { pattern: '(\\d{1,2})', part: 'M' },
  DD: { pattern: '(\\d{2})', part: 'D' },
  D: { pattern: '(\\d{1,2})', part: 'D' },
};

/** A date-only format (YYYY, MM, M, DD, D and literals) as an anchored pattern; null for any other token. */
function datePattern(format: string): { pattern: RegExp; parts: Array<'Y' | 'M' | 'D'> } | null {
  const parts: Array<'Y' | 'M' | 'D'> = [];
  let source = '';
  for (const [token = ''] of format.matchAll(/\[[^\]]*]|YYYY|MM?|DD?|[A-Za-z]|[^A-Za-z[]+|\[/g)) {
    const part = DATE_PARTS[token];
    if (part) {
      source += part.pattern;
      parts.push(part.part);
    } else if (token.startsWith('[')) {
      source += escapeRegExp(token.slice(1, -1));
    } else if (/^[A-Za-z]$/.test(token)) {
      return null;
    } else {
      source += escapeRegExp(token);
    }
  }
  return parts.length === 3 && new Set(parts).size === 3 ? { pattern: new RegExp(`^${source}$`), parts } : null;
}

/** A Jalali date typed in a format (Persian or Latin digits); null unless it is a real date written exactly so. */
export function parseJalali(text: string, formats: readonly string[]): Dayjs | null {
  const latin = toLatinDigits(text).trim();
  for (const format of formats) {
    const spec = datePattern(format);
    const match = spec?.pattern.exec(latin);
    if (!spec || !match) continue;
    const value = { Y: 0, M: 0, D: 0 };
    spec.parts.forEach((part, i) => (value[part] = Number(match[i + 1])));
    if (!isValidJalaliDate(value.Y, value.M, value.D)) continue;
    const g = jalaliToGregorian(value.Y, value.M, value.D);
    return dayjs(new Date(g.year, g.month - 1, g.day));
  }
  return null;
}

/**
 * antd's dayjs generate config in the Jalali calendar: values stay plain dayjs instants, and the
 * picker reads and moves them by Jalali year, month and day (jalaali-js), formats and parses
 * Jalali text and names the Jalali months. What does not depend on the calendar (time of day,
 * weekdays, comparisons) is dayjs's own config.
 */
export const jalaliGenerateConfig: GenerateConfig<Dayjs> = {
  ...dayjsGenerateConfig,
  getNow: () => dayjs(),
  getFixedDate: (fixed) => parseJalali(fixed, ['YYYY-MM-DD', 'YYYY-M-D']) ?? dayjs(Number.NaN),
  getYear: (value) => jalaliOf(value).year,
  getMonth: (value) => jalaliOf(value).month - 1,
  getDate: (value) => jalaliOf(value).day,
  getEndDate: (value) => {
    const { year, month } = jalaliOf(value);
    return atJalali(value, year, month, jalaliMonthLength(year, month));
  },
  addYear: (value, diff) => toJalaliMonth(value, jalaliOf(value).year + diff, jalaliOf(value).month - 1),
  addMonth: (value, diff) => toJalaliMonth(value, jalaliOf(value).year, jalaliOf(value).month - 1 + diff),
  setYear: (value, year) => toJalaliMonth(value, year, jalaliOf(value).month - 1),
  setMonth: (value, month) => toJalaliMonth(value, jalaliOf(value).year, month),
  setDate: (value, date) => {
    const { year, month } = jalaliOf(value);
    return atJalali(value, year, month, 1).add(date - 1, 'day');
  },
  locale: {
    ...dayjsGenerateConfig.locale,
    getWeek: (_locale, value) => jalaliWeek(value),
    getShortMonths: () => [...JALALI_MONTHS],
    // What the picker shows (its field, its calendar's days, months and years) in Persian digits; it reads either.
    format: (_locale, value, format) => toPersianDigits(formatJalali(value, format)),
    parse: (_locale, text, formats) => parseJalali(text, formats),
  },
};
