import { describe, expect, it } from 'vitest';
import { Permission } from '../../platform/auth/permissions';
import { Role } from '../../platform/auth/roles';
import { clientPrincipal, userPrincipal } from '../../test-support/principals';
import { NO_ROWS, OrganisationUnitType } from '../organisations';
import { UserStatus } from '../accounts';
import { ReferralStatus } from './referral.entity';
import {
  assertAssigneeMayAct,
  assertMayDecideIndicator,
  assertReferrerMayReturn,
  entryVisibility,
  indicatorVisibility,
  mayDecideIndicator,
  mayProposeFor,
  personVisibility,
  proposalVisibility,
  reachableIndicator,
  referralCandidates,
  referralVisibility,
  type IndicatorDecision,
} from './performance.policy';

const PATH = '/NAEO/MOE/';
const SUBTREE =
  'EXISTS (SELECT 1 FROM organisation_unit r_scope_unit WHERE r_scope_unit.id = r.organisation_unit_id AND r_scope_unit.path LIKE :scopePath)';
/** Referred to him or by him, or below one referred to him or by him (the chain of parents walked up). */
const CHAIN =
  'r.assignee_id = :viewerId OR r.referrer_id = :viewerId OR EXISTS (WITH RECURSIVE r_above(id, parent_id, referrer_id, assignee_id) AS (' +
  'SELECT r_step.id, r_step.parent_id, r_step.referrer_id, r_step.assignee_id FROM referral r_step WHERE r_step.id = r.parent_id' +
  ' UNION ALL SELECT r_step.id, r_step.parent_id, r_step.referrer_id, r_step.assignee_id FROM referral r_step JOIN r_above ON r_step.id = r_above.parent_id)' +
  ' SELECT 1 FROM r_above WHERE r_above.assignee_id = :viewerId OR r_above.referrer_id = :viewerId)';

type ReferralsSeen = 'referred to it or by it, and below' | 'referred to it or by it, below those, or in its subtree';

interface Expected {
  /** The operations the role may call at all (its permissions). */
  permissions: Permission[];
  decides: IndicatorDecision[];
  referrals: ReferralsSeen;
  proposals: 'all' | 'own';
}

const PERFORMANCE_PERMISSIONS = [
  Permission.PERFORMANCE_WORK,
  Permission.PERFORMANCE_LEAD,
  Permission.PERFORMANCE_EVALUATE,
  Permission.PERFORMANCE_DASHBOARD,
  Permission.PROPOSAL_SUBMIT,
];

/** Seed 002's roles, the ones Ma'na concerns; the other roles hold none of its permissions. */
const ROLES: Record<string, Expected> = {
  [Role.SENIOR_LEAD]: {
    permissions: [Permission.PERFORMANCE_EVALUATE, Permission.PERFORMANCE_DASHBOARD],
    decides: ['EVALUATE'],
    referrals: 'referred to it or by it, below those, or in its subtree',
    proposals: 'all',
  },
  [Role.LEAD_EVALUATOR]: {
    permissions: [Permission.PERFORMANCE_WORK, Permission.PERFORMANCE_LEAD, Permission.PERFORMANCE_DASHBOARD],
    decides: ['REFER', 'APPROVE', 'FORWARD'],
    referrals: 'referred to it or by it, below those, or in its subtree',
    proposals: 'own',
  },
  [Role.APPROVER]: {
    permissions: [Permission.PERFORMANCE_WORK, Permission.PERFORMANCE_DASHBOARD],
    decides: [],
    referrals: 'referred to it or by it, below those, or in its subtree',
    proposals: 'own',
  },
  [Role.DATA_ENTRANT]: {
    permissions: [Permission.PERFORMANCE_WORK],
    decides: [],
    referrals: 'referred to it or by it, and below',
    proposals: 'own',
  },
  [Role.PROVINCIAL_PLANNING_DEPUTY]: {
    permissions: [Permission.PROPOSAL_SUBMIT],
    decides: [],
    referrals: 'referred to it or by it, below those, or in its subtree',
    proposals: 'own',
  },
  [Role.HONORARY_EVALUATOR]: {
    permissions: [],
    decides: [],
    referrals: 'referred to it or by it, below those, or in its subtree',
    proposals: 'own',
  },
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
    // A data entrant keeps seeing what he delegated and what came of it; the others add their subtree.
    if (expected.referrals === 'referred to it or by it, and below') {
      expect(seen).toEqual({ sql: `(${CHAIN})`, params: { viewerId: 'me' } });
    } else {
      expect(seen).toEqual({ sql: `(${CHAIN} OR ${SUBTREE})`, params: { viewerId: 'me', scopePath: `${PATH}%` } });
    }
  });

  it('sees the entries, people and indicators that go with the referrals it sees', () => {
    const referralsAs = (alias: string) => referralVisibility(principal, alias);
    expect(entryVisibility(principal)).toEqual({
      sql: `EXISTS (SELECT 1 FROM referral e_referral WHERE e_referral.id = e.referral_id AND ${referralsAs('e_referral').sql})`,
      params: referralsAs('e_referral').params,
    });
    expect(personVisibility(principal)).toEqual({
      sql: `(u.id = :viewerId OR (u.superior_id = :viewerId AND u.status = :activeStatus) OR EXISTS (SELECT 1 FROM referral u_party WHERE (u_party.referrer_id = u.id OR u_party.assignee_id = u.id) AND ${referralsAs('u_party').sql}))`,
      params: { ...referralsAs('u_party').params, viewerId: 'me', activeStatus: UserStatus.ACTIVE },
    });
    expect(reachableIndicator(principal)).toEqual({
      sql: `(${indicatorVisibility(principal).sql} OR EXISTS (SELECT 1 FROM referral i_subject WHERE i_subject.indicator_id = i.id AND ${referralsAs('i_subject').sql}))`,
      params: { ...indicatorVisibility(principal).params, ...referralsAs('i_subject').params },
    });
  });

  it(`sees ${expected.proposals === 'all' ? 'every proposal' : 'only its own proposals'}`, () => {
    const seen = proposalVisibility(principal);
    expect(seen).toEqual(
      expected.proposals === 'all' ? { sql: 'TRUE', params: {} } : { sql: 'p.proposed_by = :proposerId', params: { proposerId: 'me' } },
    );
  });

  it('refers only to its own active subordinates', () => {
    expect(referralCandidates(principal)).toEqual({ superiorId: 'me', status: UserStatus.ACTIVE });
  });

  it('acts only on a referral assigned to it while it waits on it, and returns only one it made', () => {
    for (const status of Object.values(ReferralStatus)) {
      const waiting = [ReferralStatus.REFERRED, ReferralStatus.IN_PROGRESS, ReferralStatus.RETURNED, ReferralStatus.REVIEW].includes(
        status,
      );
      if (waiting) expect(() => assertAssigneeMayAct(principal, { assigneeId: 'me', status })).not.toThrow();
      else
        expect(() => assertAssigneeMayAct(principal, { assigneeId: 'me', status })).toThrow(
          expect.objectContaining({ code: 'NOT_YOUR_TURN' }) as Error,
        );
      expect(() => assertAssigneeMayAct(principal, { assigneeId: 'someone-else', status })).toThrow(
        expect.objectContaining({ code: 'NOT_YOUR_TURN' }) as Error,
      );
    }
    expect(() => assertReferrerMayReturn(principal, { referrerId: 'me' })).not.toThrow();
    expect(() => assertReferrerMayReturn(principal, { referrerId: 'someone-else' })).toThrow(
      expect.objectContaining({ code: 'NOT_YOUR_TURN' }) as Error,
    );
  });
});

describe('performance policy: callers who are not signed-in people', () => {
  it.each([
    ['an API client', clientPrincipal()],
    ['an anonymous call', null],
  ])('gives %s no indicator, referral, entry or person', (_who, principal) => {
    for (const condition of [indicatorVisibility, reachableIndicator, referralVisibility, entryVisibility, personVisibility])
      expect(condition(principal)).toBe(NO_ROWS);
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
