import { describe, expect, it } from 'vitest';
import { dayjs } from './dayjs-setup';
import { toLatinDigits } from '@pishkhan/national-id';
import { formatJalali, jalaliGenerateConfig as picker, parseJalali } from './jalali-generate-config';

/** The picker's config, its text read back in Latin digits (it shows Persian ones). */
const config = {
  ...picker,
  locale: { ...picker.locale, format: (...args: Parameters<typeof picker.locale.format>) => toLatinDigits(picker.locale.format(...args)) },
};

describe('jalaliGenerateConfig', () => {
  it('reads and moves dates in the Jalali calendar', () => {
    // 2025-03-21 is 1404/01/01 (Nowruz).
    const nowruz = dayjs('2025-03-21T12:00:00');
    expect(config.getYear(nowruz)).toBe(1404);
    expect(config.getMonth(nowruz)).toBe(0);
    expect(config.getDate(nowruz)).toBe(1);
    expect(config.getDate(config.getEndDate(nowruz))).toBe(31);
    const esfand = config.addMonth(nowruz, 11);
    expect(config.getMonth(esfand)).toBe(11);
    expect(config.getDate(config.getEndDate(esfand))).toBe(29);
  });

  it('starts the week on Saturday', () => {
    expect(config.locale.getWeekFirstDay('fa_IR')).toBe(6);
  });

  it('shows dates, days, months and years in Persian digits', () => {
    const value = dayjs('2025-05-21T12:00:00');
    expect(picker.locale.format('fa_IR', value, 'YYYY/MM/DD')).toBe('۱۴۰۴/۰۲/۳۱');
    expect(picker.locale.format('fa_IR', value, 'D')).toBe('۳۱');
    expect(picker.locale.format('fa_IR', value, 'YYYY')).toBe('۱۴۰۴');
    expect(picker.locale.format('fa_IR', value, 'MMM')).toBe('اردیبهشت');
  });

  it('formats and parses Jalali text, Persian digits included', () => {
    const date = config.locale.parse('fa_IR', '۱۴۰۴/۰۲/۳۱', ['YYYY/MM/DD']);
    expect(date).not.toBeNull();
    expect(date?.toDate().toISOString().slice(0, 10)).toBe('2025-05-21');
    expect(date && config.locale.format('fa_IR', date, 'YYYY-MM-DD')).toBe('1404-02-31');
  });

  it('refuses text that is not a real Jalali date in the format', () => {
    expect(parseJalali('1404/12/30', ['YYYY/MM/DD'])).toBeNull(); // 1404 is not a leap year
    expect(parseJalali('1404-1-5', ['YYYY-MM-DD'])).toBeNull();
    expect(parseJalali('abc', ['YYYY-MM-DD'])).toBeNull();
  });

  it('names the Jalali months', () => {
    expect(config.locale.getShortMonths?.('fa_IR')[0]).toBe('فروردین');
  });
});

describe('Jalali dates in years where jalaliday alone is a day off', () => {
  it('round-trips 1370/11/25 (1992-02-14)', () => {
    const date = parseJalali('۱۳۷۰/۱۱/۲۵', ['YYYY/MM/DD']);
    expect(date?.format('YYYY-MM-DD')).toBe('1992-02-14');
    expect(config.locale.format('fa_IR', dayjs('1992-02-14T12:00:00'), 'YYYY/MM/DD')).toBe('1370/11/25');
    expect(config.getDate(config.getEndDate(dayjs('1992-03-01T12:00:00')))).toBe(30);
  });
});

describe('the Jalali picker calendar', () => {
  const persian = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const intlJalali = (date: Date) => {
    const parts = persian.formatToParts(date);
    const num = (type: Intl.DateTimeFormatPartTypes) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
    return `${num('year')}/${num('month')}/${num('day')}`;
  };

  it('shows every day from 1940 to 2060 as the platform Persian calendar does', () => {
    const mismatches: string[] = [];
    for (let day = dayjs('1940-01-01T12:00:00'); day.year() < 2060; day = day.add(1, 'day')) {
      const ours = `${config.getYear(day)}/${config.getMonth(day) + 1}/${config.getDate(day)}`;
      const utcNoon = new Date(Date.UTC(day.year(), day.month(), day.date(), 12));
      if (ours !== intlJalali(utcNoon)) mismatches.push(day.format('YYYY-MM-DD'));
    }
    expect(mismatches).toEqual([]);
  });

  it('moves by Jalali months and years, keeping the day where the month has it', () => {
    const end = (value: ReturnType<typeof dayjs>) => config.locale.format('fa_IR', value, 'YYYY/MM/DD');
    const shahrivar31 = parseJalali('1404/06/31', ['YYYY/MM/DD'])!;
    expect(end(config.addMonth(shahrivar31, 1))).toBe('1404/07/30');
    expect(end(config.addMonth(shahrivar31, 7))).toBe('1405/01/31');
    expect(end(config.addMonth(shahrivar31, -7))).toBe('1403/11/30');
    const esfand30 = parseJalali('1403/12/30', ['YYYY/MM/DD'])!;
    expect(end(config.addYear(esfand30, 1))).toBe('1404/12/29');
    expect(end(config.setYear(esfand30, 1399))).toBe('1399/12/30');
    expect(end(config.setMonth(esfand30, 0))).toBe('1403/01/30');
    expect(end(config.setMonth(esfand30, 12))).toBe('1404/01/30');
    expect(end(config.setDate(esfand30, 1))).toBe('1403/12/01');
    expect(end(config.addDate(esfand30, 1))).toBe('1404/01/01');
  });

  it('keeps the time of day while it moves', () => {
    const value = dayjs('2025-03-21T09:45:00');
    const moved = config.addMonth(value, 2);
    expect([moved.hour(), moved.minute()]).toEqual([9, 45]);
    expect(config.getHour(moved)).toBe(9);
  });

  it('lays out the month from Saturday', () => {
    // 1404/01/01 (2025-03-21) is a Friday: the first row of Farvardin starts on Saturday 1403/12/25.
    const nowruz = dayjs('2025-03-21T12:00:00');
    const weekStart = config.locale.getWeekFirstDate('fa_IR', nowruz);
    expect(config.locale.format('fa_IR', weekStart, 'YYYY/MM/DD')).toBe('1403/12/25');
    expect(config.getWeekDay(weekStart)).toBe(6);
    expect(config.locale.getShortWeekDays?.('fa_IR')[6]).toBe('ش');
    expect(config.locale.getWeek('fa_IR', nowruz)).toBe(1);
    expect(config.locale.getWeek('fa_IR', nowruz.add(1, 'day'))).toBe(2);
  });

  it('formats the tokens the picker uses, with escapes and dayjs tokens kept', () => {
    const value = dayjs('2025-05-21T08:05:00');
    expect(formatJalali(value, 'YYYY')).toBe('1404');
    expect(formatJalali(value, 'D')).toBe('31');
    expect(formatJalali(value, 'MMMM YYYY')).toBe('اردیبهشت 1404');
    expect(formatJalali(value, 'YYYY-MM-DD HH:mm')).toBe('1404-02-31 08:05');
    expect(formatJalali(value, '[Day] D/M/YY')).toBe('Day 31/2/04');
  });

  it('parses only date formats, and refuses years the calendar does not cover without throwing', () => {
    expect(parseJalali('1404-2-5', ['YYYY-M-D'])?.format('YYYY-MM-DD')).toBe('2025-04-25');
    expect(parseJalali('1404/02/31 10:00', ['YYYY/MM/DD HH:mm'])).toBeNull();
    expect(parseJalali('9999/01/01', ['YYYY/MM/DD'])).toBeNull();
    expect(parseJalali('', ['YYYY/MM/DD'])).toBeNull();
    expect(config.getFixedDate('1404-01-01').format('YYYY-MM-DD')).toBe('2025-03-21');
  });
});
