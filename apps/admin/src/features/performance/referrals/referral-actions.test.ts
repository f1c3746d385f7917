import { describe, expect, it } from 'vitest';
import { neighbours, referralActions, type ActionableReferral } from './referral-actions';

const me = 'me';
const leaf = (status: ActionableReferral['status'], extra: Partial<ActionableReferral> = {}): ActionableReferral => ({
  status,
  breakdown: 'NONE',
  assigneeId: me,
  childCount: 0,
  candidateCount: 2,
  ...extra,
});

describe('actions on a referral', () => {
  it('lets the assignee of a leaf record, refer and finish', () => {
    expect(referralActions(leaf('REFERRED'), me)).toEqual({
      canEnter: true,
      canRefer: true,
      mustSplit: false,
      canFinish: true,
      canReturnChildren: false,
    });
    expect(referralActions(leaf('IN_PROGRESS'), me)).toMatchObject({ canEnter: true, canFinish: true });
    expect(referralActions(leaf('RETURNED'), me)).toMatchObject({ canEnter: true, canRefer: false, canFinish: true });
  });

  it('leaves nothing to do once sent up or approved, or to someone else', () => {
    for (const status of ['SUBMITTED', 'APPROVED'] as const) {
      expect(Object.values(referralActions(leaf(status), me)).some(Boolean)).toBe(false);
    }
    expect(Object.values(referralActions(leaf('REFERRED'), 'someone-else')).some(Boolean)).toBe(false);
    expect(Object.values(referralActions(leaf('REFERRED'), null)).some(Boolean)).toBe(false);
  });

  it('asks for the split first when the specialised unit splits', () => {
    expect(referralActions(leaf('REFERRED', { breakdown: 'BY_SPECIALISED_UNIT' }), me)).toEqual({
      canEnter: false,
      canRefer: true,
      mustSplit: true,
      canFinish: false,
      canReturnChildren: false,
    });
  });

  it('offers no «ارجاع» to someone without subordinates to refer to', () => {
    expect(referralActions(leaf('REFERRED', { candidateCount: 0 }), me)).toEqual({
      canEnter: true,
      canRefer: false,
      mustSplit: false,
      canFinish: true,
      canReturnChildren: false,
    });
  });

  it('lets the referrer of finished children review them and finish once all are in', () => {
    const delegated = leaf('DELEGATED', { childCount: 2 });
    expect(referralActions(delegated, me)).toEqual({
      canEnter: false,
      canRefer: true,
      mustSplit: false,
      canFinish: false,
      canReturnChildren: true,
    });
    expect(referralActions({ ...delegated, status: 'REVIEW' }, me)).toMatchObject({
      canFinish: true,
      canReturnChildren: true,
      canRefer: false,
    });
    expect(referralActions({ ...delegated, status: 'RETURNED' }, me)).toMatchObject({
      canFinish: true,
      canReturnChildren: true,
      canEnter: false,
    });
  });
});

describe('previous and next referral', () => {
  it('finds the neighbours in my list', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 'a')).toEqual({ previous: null, next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 'c')).toEqual({ previous: 'b', next: null });
    expect(neighbours(['a'], 'z')).toEqual({ previous: null, next: null });
  });
});
