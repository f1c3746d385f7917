import { describe, expect, it } from 'vitest';
import { Permission } from '../../platform/auth/permissions';
import { Role } from '../../platform/auth/roles';
import { userPrincipal } from '../../test-support/principals';
import { OrganisationUnitType } from '../organisations';
import { UserStatus } from '../accounts';
import { ReferralStatus } from './referral.entity';
import {
  assertAssigneeMayAct,
  assertMayDecideIndicator,
  assertReferrerMayReturn,
  indicatorVisibility,
  mayDecideIndicator,
  mayProposeFor,
  proposalVisibility,
  referralCandidates,
  referralVisibility,
  type IndicatorDecision,
} from './performance.policy';

const PATH = '/NAEO/MOE/';
const SUBTREE = 'EXISTS (SELECT 1 FROM organisation_unit r_scope_unit WHERE r_scope_unit.id = r.organisation_unit_id AND r_scope_unit.path LIKE :scopePath)';

type ReferralsSeen = 'assigned only' | 'assigned, made or in subtree';

interface Expected {
  /** The operations the role may call at all (its permissions). */
  permissions: Permission[];
  decides: IndicatorDecision[];
  referrals: ReferralsSeen;
  proposals: 'all' | 'own';
}

const PERFORMANCE_PERMISSIONS = [Permission.PERFORMANCE_WORK, Permission.PERFORMANCE_LEAD, Permission.PERFORMANCE_EVALUATE, Permission.PERFORMANCE_DASHBOARD, Permission.PROPOSAL_SUBMIT];

/** Seed 002's roles, the ones Ma'na concerns; the other roles hold none of its permissions. */
const ROLES: Record<string, Expected> = {
  [Role.SENIOR_LEAD]: { permissions: [Permission.PERFORMANCE_EVALUATE, Permission.PERFORMANCE_DASHBOARD], decides: ['EVALUATE'], referrals: 'assigned, made or in subtree', proposals: 'all' },
  [Role.LEAD_EVALUATOR]: {
    permissions: [Permission.PERFORMANCE_WORK, Permission.PERFORMANCE_LEAD, Permission.PERFORMANCE_DASHBOARD],
    decides: ['REFER', 'APPROVE', 'FORWARD'],
    referrals: 'assigned, made or in subtree',
    proposals: 'own',
  },
  [Role.APPROVER]: { permissions: [Permission.PERFORMANCE_WORK, Permission.PERFORMANCE_DASHBOARD], decides: [], referrals: 'assigned, made or in subtree', proposals: 'own' },
  [Role.DATA_ENTRANT]: { permissions: [Permission.PERFORMANCE_WORK], decides: [], referrals: 'assigned only', proposals: 'own' },
  [Role.PROVINCIAL_PLANNING_DEPUTY]: { permissions: [Permission.PROPOSAL_SUBMIT], decides: [], referrals: 'assigned, made or in subtree', proposals: 'own' },
  [Role.HONORARY_EVALUATOR]: { permissions: [], decides: [], referrals: 'assigned, made or in subtree', proposals: 'own' },
};

const DECISIONS: IndicatorDecision[] = ['REFER', 'APPROVE', 'FORWARD', 'EVALUATE'];

describe.each(Object.entries(ROLES))('performance policy for %s', (role, expected) => {
  const principal = userPrincipal(role as Role, PATH, 'me');

  it('may call only the operations of its permissions', () => {
    expect(PERFORMANCE_PERMISSIONS.filter((p) => principal.permissions.has(p))).toEqual(expected.permissions);
  });

  it(`takes ${expected.decides.join(', ') || 'no'} decisions on a whole indicator`, () => {
    for (const decision of DECISIONS) {
      const allowed = expected.decides.includes(decision);
      expect(mayDecideIndicator(principal, decision)).toBe(allowed);
      if (allowed) expect(() => assertMayDecideIndicator(principal, decision)).not.toThrow();
      else expect(() => assertMayDecideIndicator(principal, decision)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }) as Error);
    }
  });

  it('sees the indicators of the agencies in its subtree', () => {
    expect(indicatorVisibility(principal)).toEqual({
      sql: 'EXISTS (SELECT 1 FROM organisation_unit i_scope_unit WHERE i_scope_unit.id = i.organisation_unit_id AND i_scope_unit.path LIKE :scopePath)',
      params: { scopePath: `${PATH}%` },
    });
  });

  it(`sees the referrals ${expected.referrals}`, () => {
    const seen = referralVisibility(principal);
    if (expected.referrals === 'assigned only') {
      expect(seen).toEqual({ sql: 'r.assignee_id = :viewerId', params: { viewerId: 'me' } });
    } else {
      expect(seen).toEqual({ sql: `(r.assignee_id = :viewerId OR r.referrer_id = :viewerId OR ${SUBTREE})`, params: { viewerId: 'me', scopePath: `${PATH}%` } });
    }
  });

  it(`sees ${expected.proposals === 'all' ? 'every proposal' : 'only its own proposals'}`, () => {
    const seen = proposalVisibility(principal);
    expect(seen).toEqual(expected.proposals === 'all' ? { sql: 'TRUE', params: {} } : { sql: 'p.proposed_by = :proposerId', params: { proposerId: 'me' } });
  });

  it('refers only to its own active subordinates', () => {
    expect(referralCandidates(principal)).toEqual({ superiorId: 'me', status: UserStatus.ACTIVE });
  });

  it('acts only on a referral assigned to it while it waits on it, and returns only one it made', () => {
    for (const status of Object.values(ReferralStatus)) {
      const waiting = [ReferralStatus.REFERRED, ReferralStatus.IN_PROGRESS, ReferralStatus.RETURNED, ReferralStatus.REVIEW].includes(status);
      if (waiting) expect(() => assertAssigneeMayAct(principal, { assigneeId: 'me', status })).not.toThrow();
      else expect(() => assertAssigneeMayAct(principal, { assigneeId: 'me', status })).toThrow(expect.objectContaining({ code: 'NOT_YOUR_TURN' }) as Error);
      expect(() => assertAssigneeMayAct(principal, { assigneeId: 'someone-else', status })).toThrow(expect.objectContaining({ code: 'NOT_YOUR_TURN' }) as Error);
    }
    expect(() => assertReferrerMayReturn(principal, { referrerId: 'me' })).not.toThrow();
    expect(() => assertReferrerMayReturn(principal, { referrerId: 'someone-else' })).toThrow(expect.objectContaining({ code: 'NOT_YOUR_TURN' }) as Error);
  });
});

describe('performance policy: where a deputy proposes', () => {
  const mine = { province: 'سمنان' };
  const unit = (type: OrganisationUnitType, level: number, province: string | null) => ({ type, level, province });

  it('for the provincial and regional agencies of his own province only', () => {
    expect(mayProposeFor(mine, unit(OrganisationUnitType.PROVINCIAL, 3, 'سمنان'))).toBe(true);
    expect(mayProposeFor(mine, unit(OrganisationUnitType.REGIONAL, 4, 'سمنان'))).toBe(true);
    expect(mayProposeFor(mine, unit(OrganisationUnitType.PROVINCIAL, 3, 'یزد'))).toBe(false);
    expect(mayProposeFor(mine, unit(OrganisationUnitType.HEADQUARTERS, 2, 'سمنان'))).toBe(false);
    expect(mayProposeFor(mine, unit(OrganisationUnitType.MINISTRY, 1, 'سمنان'))).toBe(false);
    expect(mayProposeFor(mine, unit(OrganisationUnitType.PROVINCIAL, 1, 'سمنان'))).toBe(false);
    expect(mayProposeFor({ province: null }, unit(OrganisationUnitType.PROVINCIAL, 3, null))).toBe(false);
  });
});
