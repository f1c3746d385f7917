import { describe, expect, it } from 'vitest';
import { breakdownOf, referInputOf } from './refer-input';

const hasan = '11111111-1111-4111-8111-111111111111';
const zahra = '22222222-2222-4222-8222-222222222222';

describe('referral form → ReferInput', () => {
  it('maps the two questions to the breakdown', () => {
    expect(breakdownOf({ hasBreakdown: false, splitBy: 'BY_REFERRER' })).toBe('NONE');
    expect(breakdownOf({ hasBreakdown: true, splitBy: 'BY_SPECIALISED_UNIT' })).toBe('BY_SPECIALISED_UNIT');
    expect(breakdownOf({ hasBreakdown: true, splitBy: 'BY_REFERRER' })).toBe('BY_REFERRER');
    expect(breakdownOf({ hasBreakdown: true })).toBe('BY_SPECIALISED_UNIT');
  });

  it('refers to one receiver without a split', () => {
    expect(referInputOf({ hasBreakdown: false, assigneeId: hasan, deadline: '2026-06-10' })).toEqual({
      breakdown: 'NONE',
      assigneeId: hasan,
      deadline: '2026-06-10',
    });
    expect(referInputOf({ hasBreakdown: true, splitBy: 'BY_SPECIALISED_UNIT', assigneeId: hasan, deadline: '2026-06-10' })).toMatchObject({
      breakdown: 'BY_SPECIALISED_UNIT',
    });
    expect(referInputOf({ hasBreakdown: false, assigneeId: hasan })).toBeNull();
  });

  it('sends one row per province, with Latin decimal targets', () => {
    const input = referInputOf({
      hasBreakdown: true,
      splitBy: 'BY_REFERRER',
      assigneeId: 'ignored',
      provinces: [
        { province: ' سمنان ', target: '۱۲۰۰', assigneeId: hasan, deadline: '2026-06-10' },
        { province: 'تهران', target: '1800', assigneeId: zahra, deadline: '2026-06-12' },
      ],
    });
    expect(input).toEqual({
      breakdown: 'BY_REFERRER',
      provinces: [
        { province: 'سمنان', target: '1200', assigneeId: hasan, deadline: '2026-06-10' },
        { province: 'تهران', target: '1800', assigneeId: zahra, deadline: '2026-06-12' },
      ],
    });
  });

  it('waits for complete province rows', () => {
    expect(referInputOf({ hasBreakdown: true, splitBy: 'BY_REFERRER', provinces: [] })).toBeNull();
    expect(
      referInputOf({
        hasBreakdown: true,
        splitBy: 'BY_REFERRER',
        provinces: [{ province: 'سمنان', target: 'x', assigneeId: hasan, deadline: '2026-06-10' }],
      }),
    ).toBeNull();
    expect(
      referInputOf({
        hasBreakdown: true,
        splitBy: 'BY_REFERRER',
        provinces: [{ province: 'سمنان', target: '3000', deadline: '2026-06-10' }],
      }),
    ).toBeNull();
  });
});
