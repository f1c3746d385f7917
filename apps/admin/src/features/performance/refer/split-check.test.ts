import { describe, expect, it } from 'vitest';
import { checkSplit, repeatedProvinces, splitMessage } from './split-check';

describe('provincial split check', () => {
  it('adds up the province targets of a SUM indicator exactly', () => {
    expect(checkSplit('3000', ['3000'], 'SUM')).toEqual({ rows: 1, filled: 1, invalid: 0, combined: '3000', fits: true });
    expect(checkSplit('3000.0000', ['۱۲۰۰', '1800'], 'SUM').fits).toBe(true);
    expect(checkSplit('3000', ['1200', '1799.9999'], 'SUM')).toMatchObject({ combined: '2999.9999', fits: false });
    expect(checkSplit('0.3', ['0.1', '0.2'], 'SUM').fits).toBe(true);
  });

  it('takes the mean for a MEAN indicator', () => {
    expect(checkSplit('36.5', ['36', '37'], 'MEAN')).toMatchObject({ combined: '36.5', fits: true });
    expect(checkSplit('36.5', ['36.5', '36.5', '36.5'], 'MEAN').fits).toBe(true);
    expect(checkSplit('10', ['10', '11', '10'], 'MEAN')).toMatchObject({ combined: '10.3333', fits: false });
  });

  it('waits for every row and flags what is not a number', () => {
    expect(checkSplit('3000', [], 'SUM')).toMatchObject({ rows: 0, fits: false, combined: null });
    expect(checkSplit('3000', ['3000', ''], 'SUM')).toMatchObject({ filled: 1, invalid: 0, fits: false, combined: null });
    expect(checkSplit('3000', ['3000', 'abc'], 'SUM')).toMatchObject({ invalid: 1, fits: false });
  });

  it('says where the split stands in Persian', () => {
    expect(splitMessage(checkSplit('3000', ['3000'], 'SUM'), '3000', 'SUM')).toBe('مجموع اهداف استانی: ۳۰۰۰، برابر هدف شاخص (۳۰۰۰)');
    expect(splitMessage(checkSplit('3000', ['2500'], 'SUM'), '3000', 'SUM')).toBe(
      'مجموع اهداف استانی: ۲۵۰۰؛ هدف شاخص: ۳۰۰۰ (۵۰۰ کمتر از هدف)',
    );
    expect(splitMessage(checkSplit('3000', ['3500'], 'SUM'), '3000', 'SUM')).toContain('۵۰۰ بیشتر از هدف');
    expect(splitMessage(checkSplit('36.5', ['30', '40'], 'MEAN'), '36.5', 'MEAN')).toBe('میانگین اهداف استانی: ۳۵؛ هدف شاخص: ۳۶٫۵');
    expect(splitMessage(checkSplit('3000', [], 'SUM'), '3000', 'SUM')).toBe('دست‌کم یک استان بیفزایید');
    expect(splitMessage(checkSplit('3000', ['x'], 'SUM'), '3000', 'SUM')).toContain('باید عدد باشد');
    expect(splitMessage(checkSplit('3000', [undefined], 'SUM'), '3000', 'SUM')).toContain('هدف همهٔ استان‌ها');
  });

  it('finds provinces named twice', () => {
    expect(repeatedProvinces(['سمنان', 'تهران', ' سمنان', undefined])).toEqual(['سمنان']);
    expect(repeatedProvinces(['سمنان', 'تهران'])).toEqual([]);
  });
});
