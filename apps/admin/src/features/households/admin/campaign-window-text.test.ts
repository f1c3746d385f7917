import { describe, expect, it } from 'vitest';
import { isOpenOn, sizeBandProblem, sizeBandText, windowDays } from './campaign-window-text';

describe('campaign windows', () => {
  it('names the size band in Persian', () => {
    expect(sizeBandText({ catchUp: false, minSize: 1, maxSize: 2 })).toBe('۱ تا ۲ نفر');
    expect(sizeBandText({ catchUp: false, minSize: 3, maxSize: 3 })).toBe('۳ نفر');
    expect(sizeBandText({ catchUp: false, minSize: 5, maxSize: null })).toBe('۵ نفر و بیشتر');
    expect(sizeBandText({ catchUp: true, minSize: null, maxSize: null })).toBe('جاماندگان (همهٔ خانوارها)');
  });

  it('tells whether a window is open on a day', () => {
    const window = { startDate: '2010-01-23', endDate: '2010-01-25' };
    expect(isOpenOn(window, '2010-01-23')).toBe(true);
    expect(isOpenOn(window, '2010-01-25')).toBe(true);
    expect(isOpenOn(window, '2010-01-26')).toBe(false);
  });

  it('counts the days of a window', () => {
    expect(windowDays('2010-01-23', '2010-01-25')).toBe(3);
    expect(windowDays('2010-02-04', '2010-02-11')).toBe(8);
  });

  it('checks the size band', () => {
    expect(sizeBandProblem(1, 2)).toBeNull();
    expect(sizeBandProblem(5, null)).toBeNull();
    expect(sizeBandProblem(0, 2)).not.toBeNull();
    expect(sizeBandProblem(4, 3)).not.toBeNull();
    // Out of the API's bounds: refused as typed, naming the bounds, never changed to the nearest one.
    expect(sizeBandProblem(3, 60)).toBe('بیشترین تعداد اعضا باید عددی درست از ۱ تا ۵۰ باشد؛ ۶۰ پذیرفته نیست');
    expect(sizeBandProblem(0, 2)).toBe('کمترین تعداد اعضا باید عددی درست از ۱ تا ۵۰ باشد؛ ۰ پذیرفته نیست');
  });
});
