import { describe, expect, it } from 'vitest';
import { Permission } from '../../platform/auth/permissions';
import { ALL_ROLES, REQUESTABLE_ROLES, Role } from '../../platform/auth/roles';
import { userPrincipal } from '../../test-support/principals';
import { approverRoleCondition, heldRoles, registrationVisibility } from './accounts.policy';

interface Expected {
  requestable: boolean;
  reviews: boolean;
  approves: boolean;
}

/**
 * What each role may do with registration requests: be asked for, review requests, be named
 * approver. The roles seed 002 names; every other role (operators, administrators) none of it.
 */
const EXPECTED: Partial<Record<Role, Expected>> = {
  [Role.SENIOR_LEAD]: { requestable: false, reviews: true, approves: true },
  [Role.LEAD_EVALUATOR]: { requestable: false, reviews: true, approves: true },
  [Role.APPROVER]: { requestable: true, reviews: true, approves: true },
  [Role.DATA_ENTRANT]: { requestable: true, reviews: false, approves: false },
  [Role.PROVINCIAL_PLANNING_DEPUTY]: { requestable: true, reviews: false, approves: false },
  [Role.HONORARY_EVALUATOR]: { requestable: false, reviews: false, approves: false },
};
const NONE: Expected = { requestable: false, reviews: false, approves: false };

describe.each(ALL_ROLES)('accounts policy for %s', (role) => {
  const expected = EXPECTED[role] ?? NONE;
  const principal = userPrincipal(role, '/NAEO/MOE/', 'me');

  it(`${expected.requestable ? 'may' : 'may not'} be asked for in a registration request`, () => {
    expect(REQUESTABLE_ROLES.includes(role)).toBe(expected.requestable);
  });

  it(`${expected.reviews ? 'reviews' : 'does not review'} registration requests`, () => {
    expect(principal.permissions.has(Permission.REGISTRATION_REVIEW)).toBe(expected.reviews);
  });

  it(`${expected.approves ? 'may' : 'may not'} be named approver for its unit and the units below`, () => {
    const condition = approverRoleCondition('/NAEO/MOE/MOE-HQ/', 'r', 'o');
    expect((condition.params.approvingRoles as Role[]).includes(role)).toBe(expected.approves);
  });

  it('sees and decides only the requests that name it, whatever the unit', () => {
    expect(registrationVisibility(principal)).toEqual({ approverId: 'me' });
  });

  it('acts only in its own active role assignments', () => {
    expect(heldRoles(principal)).toEqual({ userId: 'me', active: true });
  });
});

describe('accounts policy: the approver of a request', () => {
  it('holds an approving role at the requested unit or one of its ancestors (a path comparison, no LIKE to escape)', () => {
    expect(approverRoleCondition('/N/A_B/', 'r', 'o')).toEqual({
      sql: 'r.role IN (:...approvingRoles) AND starts_with(:requestUnitPath, o.path)',
      params: { approvingRoles: [Role.APPROVER, Role.LEAD_EVALUATOR, Role.SENIOR_LEAD], requestUnitPath: '/N/A_B/' },
    });
  });
});
