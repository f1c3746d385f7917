import { describe, expect, it } from 'vitest';
import { DECIMAL_TEXT, fromScaled, splitFits, toScaled } from './decimal.js';

describe('scaled decimals', () => {
  it('scales exactly both ways', () => {
    expect(toScaled('3000')).toBe(30_000_000n);
    expect(toScaled('12.5')).toBe(125_000n);
    expect(toScaled(' 36.5 ')).toBe(365_000n);
    expect(toScaled('-0.0001')).toBe(-1n);
    expect(fromScaled(30_000_000n)).toBe('3000');
    expect(fromScaled(365_000n)).toBe('36.5');
    expect(fromScaled(-1n)).toBe('-0.0001');
    expect(fromScaled(0n)).toBe('0');
  });

  it('refuses what is not a decimal of at most four places', () => {
    expect(() => toScaled('1.23456')).toThrow(RangeError);
    expect(() => toScaled('1e3')).toThrow(RangeError);
    expect(() => toScaled('x')).toThrow(RangeError);
    expect(DECIMAL_TEXT.test('12345678901234.1234')).toBe(true);
    expect(DECIMAL_TEXT.test('123456789012345')).toBe(false);
    expect(DECIMAL_TEXT.test('1.')).toBe(false);
  });
});

describe('the split rule', () => {
  it('wants SUM province targets to add up to the target exactly', () => {
    expect(splitFits('1000', ['500', '400', '100'], 'SUM')).toBe(true);
    expect(splitFits('1000', ['500', '400', '99.9999'], 'SUM')).toBe(false);
    expect(splitFits('0.3', ['0.1', '0.2'], 'SUM')).toBe(true);
  });

  it('wants the mean of MEAN province targets to be the target exactly', () => {
    expect(splitFits('36.5', ['33', '40'], 'MEAN')).toBe(true);
    expect(splitFits('36.5', ['36.5', '36'], 'MEAN')).toBe(false);
  });

  it('never fits with no provinces', () => {
    expect(splitFits('10', [], 'SUM')).toBe(false);
    expect(splitFits('10', [], 'MEAN')).toBe(false);
  });
});
