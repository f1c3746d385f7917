import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercent, fromScaled, normaliseDecimal, toScaled } from './decimal-text';

describe('decimal text', () => {
  it('normalises what people type into the API decimal text', () => {
    expect(normaliseDecimal('۳۰۰۰')).toBe('3000');
    expect(normaliseDecimal(' ۳۶٫۵ ')).toBe('36.5');
    expect(normaliseDecimal('3,000')).toBe('3000');
    expect(normaliseDecimal('۱۲۰۰/۲۵')).toBe('1200.25');
    expect(normaliseDecimal('-5')).toBe('-5');
  });

  it('refuses what is not a decimal of at most 4 places', () => {
    expect(normaliseDecimal('')).toBeNull();
    expect(normaliseDecimal('abc')).toBeNull();
    expect(normaliseDecimal('1.23456')).toBeNull();
    expect(normaliseDecimal('1.2.3')).toBeNull();
    expect(normaliseDecimal(null)).toBeNull();
  });

  it('scales exactly both ways', () => {
    expect(toScaled('3000')).toBe(30_000_000n);
    expect(toScaled('36.5')).toBe(365_000n);
    expect(toScaled('-0.0001')).toBe(-1n);
    expect(fromScaled(30_000_000n)).toBe('3000');
    expect(fromScaled(365_000n)).toBe('36.5');
    expect(fromScaled(-1n)).toBe('-0.0001');
    expect(() => toScaled('x')).toThrow(RangeError);
  });

  it('formats in Persian digits without trailing zeros', () => {
    expect(formatDecimal('3000.0000')).toBe('۳۰۰۰');
    expect(formatDecimal('36.5000')).toBe('۳۶٫۵');
    expect(formatDecimal(153)).toBe('۱۵۳');
    expect(formatDecimal(152.987, 2)).toBe('۱۵۲٫۹۹');
    expect(formatDecimal(null)).toBe('—');
    expect(formatPercent(99.5)).toBe('۹۹٫۵٪');
    expect(formatPercent(0)).toBe('۰٪');
  });
});
