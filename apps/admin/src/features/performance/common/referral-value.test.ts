import { describe, expect, it } from 'vitest';
import { combinedValue, referralValue } from './referral-value';

describe('referral values', () => {
  it("takes a leaf's own entry", () => {
    expect(referralValue({ entry: { value: '2700.0000' } }, 'SUM')).toBe(2700);
    expect(referralValue({ entry: null, children: [] }, 'SUM')).toBeNull();
    expect(referralValue({ entry: { value: null } }, 'SUM')).toBeNull();
  });

  it('sums or averages what is below', () => {
    const tree = {
      entry: null,
      children: [{ entry: { value: '1200' } }, { entry: null, children: [{ entry: { value: '1000' } }, { entry: { value: '500' } }] }],
    };
    expect(referralValue(tree, 'SUM')).toBe(2700);
    expect(referralValue({ children: [{ entry: { value: '30' } }, { entry: { value: '40' } }] }, 'MEAN')).toBe(35);
  });

  it('is unknown while a value below is missing', () => {
    expect(referralValue({ children: [{ entry: { value: '30' } }, { entry: null }] }, 'SUM')).toBeNull();
  });

  it("puts an indicator's top referrals together", () => {
    expect(combinedValue([{ entry: { value: '1200' } }, { entry: { value: '1500' } }], 'SUM')).toBe(2700);
    expect(combinedValue([], 'SUM')).toBeNull();
  });
});
