import { describe, expect, it } from 'vitest';
import {
  CATEGORY_NAMES,
  COMPARISON_NAMES,
  INDICATOR_STATUS_COLORS,
  INDICATOR_STATUS_NAMES,
  PROPOSAL_STATUS_NAMES,
  REFERRAL_STATUS_COLORS,
  REFERRAL_STATUS_NAMES,
  SPLIT_RULES,
} from './status-names';

const persian = /[\u0600-\u06FF]/;

describe("Persian names of the Ma'na statuses", () => {
  it('names every referral status, each differently', () => {
    const statuses = ['REFERRED', 'IN_PROGRESS', 'DELEGATED', 'REVIEW', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
    for (const status of statuses) {
      expect(REFERRAL_STATUS_NAMES[status]).toMatch(persian);
      expect(REFERRAL_STATUS_COLORS[status]).toBeTruthy();
    }
    expect(new Set(statuses.map((s) => REFERRAL_STATUS_NAMES[s])).size).toBe(statuses.length);
    expect(REFERRAL_STATUS_NAMES.RETURNED).toBe('برگشت‌خورده برای اصلاح');
  });

  it('names every indicator status', () => {
    const statuses = ['NOT_REFERRED', 'REFERRED', 'REVIEW', 'APPROVED', 'FORWARDED', 'EVALUATED'] as const;
    for (const status of statuses) {
      expect(INDICATOR_STATUS_NAMES[status]).toMatch(persian);
      expect(INDICATOR_STATUS_COLORS[status]).toBeTruthy();
    }
    expect(INDICATOR_STATUS_NAMES.FORWARDED).toBe('ارسال‌شده به راهبر ارشد');
  });

  it('names proposals, categories, comparisons and the split rules', () => {
    expect(PROPOSAL_STATUS_NAMES.PENDING).toMatch(persian);
    expect(CATEGORY_NAMES).toEqual({ GENERAL: 'عمومی', SPECIFIC: 'اختصاصی' });
    expect(COMPARISON_NAMES.THRESHOLD).toMatch(persian);
    expect(SPLIT_RULES.SUM).toContain('مجموع');
    expect(SPLIT_RULES.MEAN).toContain('میانگین');
  });
});
