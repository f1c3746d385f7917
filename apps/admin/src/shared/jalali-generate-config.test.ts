import { describe, expect, it } from 'vitest';
import { dayjs } from './dayjs-setup';
import { jalaliGenerateConfig, parseJalali } from './jalali-generate-config';

const config = jalaliGenerateConfig;

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
    expect(date?.calendar('gregory').locale('en').format('YYYY-MM-DD')).toBe('1992-02-14');
    expect(dayjs('1992-02-14T12:00:00').calendar('jalali').format('YYYY/MM/DD')).toBe('1370/11/25');
    expect(config.getDate(config.getEndDate(dayjs('1992-03-01T12:00:00').calendar('jalali')))).toBe(30);
  });
});
