import { describe, expect, it } from 'vitest';
import { missingLabel, openWeekdaysText, percent, rials, weekdayOf } from './counter-labels';

describe('counter offices labels', () => {
  it('names weekdays from Saturday', () => {
    expect(weekdayOf('2025-11-29')).toBe('شنبه');
    expect(weekdayOf('2025-12-05')).toBe('جمعه');
    expect(openWeekdaysText([0, 1, 2, 3, 4, 5, 6])).toBe('همهٔ روزهای هفته');
    expect(openWeekdaysText([1, 0])).toBe('شنبه، یکشنبه');
  });

  it('says in Persian what a record misses', () => {
    expect(missingLabel('field:fatherName')).toBe('نام پدر');
    expect(missingLabel('fingerprint:LEFT_RING')).toBe('اثر انگشت حلقه چپ');
    expect(missingLabel('photo')).toBe('عکس');
    expect(missingLabel('fee')).toBe('پرداخت تعرفه');
  });

  it('writes rials and rates with Persian digits', () => {
    expect(rials(270000)).toBe('۲۷۰٬۰۰۰ ریال');
    expect(percent(0.375)).toBe('۳۸٪');
  });
});
