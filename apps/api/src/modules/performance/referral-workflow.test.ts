import { describe, expect, it } from 'vitest';
import { IndicatorStatus } from './indicator.entity';
import { ReferralStatus } from './referral.entity';
import {
  INDICATOR_TRANSITIONS,
  InvalidTransitionError,
  nextIndicatorStatus,
  nextReferralStatus,
  REFERRAL_TRANSITIONS,
} from './referral-workflow';

describe('the referral state machine', () => {
  it('walks the seed chain: referred, drafted, finished, returned, finished, locked', () => {
    let leaf = ReferralStatus.REFERRED;
    leaf = nextReferralStatus(leaf, 'SAVE_ENTRY');
    expect(leaf).toBe(ReferralStatus.IN_PROGRESS);
    leaf = nextReferralStatus(leaf, 'FINISH');
    expect(leaf).toBe(ReferralStatus.SUBMITTED);
    leaf = nextReferralStatus(leaf, 'RETURNED_BY_REFERRER');
    expect(leaf).toBe(ReferralStatus.RETURNED);
    leaf = nextReferralStatus(leaf, 'SAVE_ENTRY');
    expect(leaf).toBe(ReferralStatus.RETURNED);
    leaf = nextReferralStatus(leaf, 'FINISH');
    expect(nextReferralStatus(leaf, 'LOCK')).toBe(ReferralStatus.APPROVED);
  });

  it('walks a middle step: delegated, review, returned a child, review again, finished', () => {
    let middle = nextReferralStatus(ReferralStatus.REFERRED, 'DELEGATE');
    middle = nextReferralStatus(middle, 'CHILDREN_FINISHED');
    expect(middle).toBe(ReferralStatus.REVIEW);
    middle = nextReferralStatus(middle, 'CHILD_RETURNED');
    expect(middle).toBe(ReferralStatus.DELEGATED);
    middle = nextReferralStatus(nextReferralStatus(middle, 'CHILDREN_FINISHED'), 'FINISH');
    expect(middle).toBe(ReferralStatus.SUBMITTED);
  });

  it('refuses every pair the table does not list, with a coded error', () => {
    const events = Object.keys(REFERRAL_TRANSITIONS) as Array<keyof typeof REFERRAL_TRANSITIONS>;
    let refused = 0;
    for (const event of events) {
      for (const status of Object.values(ReferralStatus)) {
        if (REFERRAL_TRANSITIONS[event][status]) continue;
        expect(() => nextReferralStatus(status, event)).toThrow(InvalidTransitionError);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(30);
    // Locked is locked.
    for (const event of events) expect(() => nextReferralStatus(ReferralStatus.APPROVED, event)).toThrow(InvalidTransitionError);
  });

  it('takes an indicator from loading to evaluation, and back to referral only from review', () => {
    const path: IndicatorStatus[] = [IndicatorStatus.NOT_REFERRED];
    for (const event of ['REFER', 'CHILDREN_FINISHED', 'APPROVE', 'FORWARD', 'EVALUATE'] as const)
      path.push(nextIndicatorStatus(path.at(-1)!, event));
    expect(path.at(-1)).toBe(IndicatorStatus.EVALUATED);
    expect(nextIndicatorStatus(IndicatorStatus.REVIEW, 'CHILD_RETURNED')).toBe(IndicatorStatus.REFERRED);
    expect(() => nextIndicatorStatus(IndicatorStatus.APPROVED, 'CHILD_RETURNED')).toThrow(InvalidTransitionError);
    expect(() => nextIndicatorStatus(IndicatorStatus.REFERRED, 'APPROVE')).toThrow(InvalidTransitionError);
    expect(Object.keys(INDICATOR_TRANSITIONS)).toHaveLength(6);
  });
});
