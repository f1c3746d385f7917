import { describe, expect, it } from 'vitest';
import { Aggregation, ComparisonType } from './indicator.entity';
import { achievement, agencyTotal, aggregate, score, splitFits, toScaled } from './scoring';

describe('achievement', () => {
  it('is value ÷ target when higher is better, bounded to 0..1', () => {
    expect(achievement(ComparisonType.HIGHER_IS_BETTER, 2700, 3000)).toBe(0.9);
    expect(achievement(ComparisonType.HIGHER_IS_BETTER, 4000, 3000)).toBe(1);
    expect(achievement(ComparisonType.HIGHER_IS_BETTER, -5, 10)).toBe(0);
  });

  it('is target ÷ value when lower is better', () => {
    expect(achievement(ComparisonType.LOWER_IS_BETTER, 20, 10)).toBe(0.5);
    expect(achievement(ComparisonType.LOWER_IS_BETTER, 5, 10)).toBe(1);
    expect(achievement(ComparisonType.LOWER_IS_BETTER, 0, 10)).toBe(1);
  });

  it('is all or nothing for a threshold', () => {
    expect(achievement(ComparisonType.THRESHOLD, 99.9, 100)).toBe(0);
    expect(achievement(ComparisonType.THRESHOLD, 100, 100)).toBe(1);
  });

  it('treats a zero target (higher is better) as reached when the value is not below it', () => {
    expect(achievement(ComparisonType.HIGHER_IS_BETTER, 0, 0)).toBe(1);
    expect(achievement(ComparisonType.HIGHER_IS_BETTER, -1, 0)).toBe(0);
  });
});

describe('score and total', () => {
  it('multiplies the cap by the achievement', () => {
    expect(score(ComparisonType.HIGHER_IS_BETTER, 2700, 3000, 170)).toBe(153);
  });

  it('weighs indicators by weight against the attainable points; missing values count 0', () => {
    expect(
      agencyTotal([
        { scoreCap: 100, weight: 50, score: 100 },
        { scoreCap: 100, weight: 50, score: 50 },
      ]),
    ).toBe(75);
    expect(
      agencyTotal([
        { scoreCap: 170, weight: 85, score: 170 },
        { scoreCap: 100, weight: 50, score: null },
      ]),
    ).toBeCloseTo(((85 * 170) / (85 * 170 + 50 * 100)) * 100);
    expect(agencyTotal([])).toBe(0);
  });
});

describe('provinces', () => {
  it('sum counts and average percentages', () => {
    expect(aggregate([450, 400, 50], Aggregation.SUM)).toBe(900);
    expect(aggregate([33, 40], Aggregation.MEAN)).toBe(36.5);
    expect(aggregate([], Aggregation.SUM)).toBeNull();
  });

  it('check splits exactly, with decimals', () => {
    expect(splitFits('1000', ['500', '400', '100'], Aggregation.SUM)).toBe(true);
    expect(splitFits('1000', ['500', '400', '99.9999'], Aggregation.SUM)).toBe(false);
    expect(splitFits('0.3', ['0.1', '0.2'], Aggregation.SUM)).toBe(true);
    expect(splitFits('36.5', ['33', '40'], Aggregation.MEAN)).toBe(true);
    expect(splitFits('36.5', ['36.5', '36'], Aggregation.MEAN)).toBe(false);
    expect(splitFits('10', [], Aggregation.SUM)).toBe(false);
  });

  it('read decimals of at most four places', () => {
    expect(toScaled('12.5')).toBe(125_000n);
    expect(toScaled('-0.0001')).toBe(-1n);
    expect(() => toScaled('1.23456')).toThrow(RangeError);
    expect(() => toScaled('1e3')).toThrow(RangeError);
  });
});
