import { describe, expect, it } from 'vitest';
import { dayjs } from './dayjs-setup';
import { isoDate } from './iso-date';
import { parseJalali } from './jalali-generate-config';

describe('isoDate', () => {
  it('gives the Gregorian date of a Jalali pick', () => {
    const picked = parseJalali('1370/11/25', ['YYYY/MM/DD']);
    expect(picked && isoDate(picked)).toBe('1992-02-14');
    expect(isoDate(dayjs('2025-03-21T00:00:00'))).toBe('2025-03-21');
  });
});
