import { describe, expect, it } from 'vitest';
import { ALL_ROLES, Role } from '../../platform/auth/roles';
import { clientPrincipal, userPrincipal } from '../../test-support/principals';
import {
  EVERY_ROW,
  NO_ROWS,
  assertCanReachUnit,
  canReachUnit,
  isWithin,
  organisationUnitVisibility,
  pathWithinSql,
  subtreeCondition,
  subtreePattern,
  unitInSubtreeCondition,
} from './organisations.policy';

const MINE = '/NAEO/MOE/';

describe('organisations policy: the subtree rule', () => {
  it.each(ALL_ROLES)('%s reaches its own unit and the units below it, never a sibling, a parent or a look-alike', (role) => {
    const principal = userPrincipal(role, MINE);
    expect(canReachUnit(principal, MINE)).toBe(true);
    expect(canReachUnit(principal, '/NAEO/MOE/MOE-HQ/')).toBe(true);
    expect(canReachUnit(principal, '/NAEO/MOE/MOE-HQ/THR/')).toBe(true);
    expect(canReachUnit(principal, '/NAEO/')).toBe(false);
    expect(canReachUnit(principal, '/NAEO/MOI/')).toBe(false);
    expect(canReachUnit(principal, '/NAEO/MOE2/')).toBe(false);
    expect(() => assertCanReachUnit(principal, '/NAEO/MOI/')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }) as Error);
    expect(() => assertCanReachUnit(principal, '/NAEO/MOE/X/')).not.toThrow();
  });

  it.each(ALL_ROLES)('%s gets the same subtree condition in SQL: a LIKE on the path with its own pattern', (role) => {
    expect(subtreeCondition(userPrincipal(role, MINE), 'unit')).toEqual({
      sql: 'unit.path LIKE :scopePath',
      params: { scopePath: '/NAEO/MOE/%' },
    });
    expect(subtreeCondition(userPrincipal(role, MINE), 'u', 'otherScope')).toEqual({
      sql: 'u.path LIKE :otherScope',
      params: { otherScope: '/NAEO/MOE/%' },
    });
  });

  it('gives an API client, which has no unit, nothing and no row', () => {
    expect(canReachUnit(clientPrincipal(), MINE)).toBe(false);
    expect(canReachUnit(null, MINE)).toBe(false);
    expect(subtreeCondition(clientPrincipal(), 'unit')).toBe(NO_ROWS);
    expect(unitInSubtreeCondition(clientPrincipal(), 'r')).toBe(NO_ROWS);
    expect(NO_ROWS.sql).toBe('FALSE');
  });

  it("escapes LIKE's wildcards and escape character in a path, so a code with `_` or `%` matches only itself", () => {
    expect(subtreePattern('/A_B/')).toBe('/A\\_B/%');
    expect(subtreePattern('/100%/')).toBe('/100\\%/%');
    expect(subtreePattern('/A\\B/')).toBe('/A\\\\B/%');
    expect(subtreeCondition(userPrincipal(Role.SENIOR_LEAD, '/X_Y/'), 'unit').params).toEqual({ scopePath: '/X\\_Y/%' });
  });

  it('builds the row condition of a context from the unit column of the row', () => {
    expect(unitInSubtreeCondition(userPrincipal(Role.SENIOR_LEAD, MINE), 'r')).toEqual({
      sql: 'EXISTS (SELECT 1 FROM organisation_unit r_scope_unit WHERE r_scope_unit.id = r.organisation_unit_id AND r_scope_unit.path LIKE :scopePath)',
      params: { scopePath: '/NAEO/MOE/%' },
    });
    expect(unitInSubtreeCondition(userPrincipal(Role.SENIOR_LEAD, MINE), 'x', 'unit_id').sql).toContain('x_scope_unit.id = x.unit_id');
  });

  it.each([
    ...ALL_ROLES.map((role) => [role, userPrincipal(role, MINE)] as const),
    ['an API client', clientPrincipal()] as const,
    ['an anonymous caller', null] as const,
  ])('shows %s every unit through any field (the tree is public: the registration form lists it)', (_who, principal) => {
    expect(organisationUnitVisibility(principal, 'u')).toBe(EVERY_ROW);
    expect(EVERY_ROW).toEqual({ sql: 'TRUE', params: {} });
  });

  it('compares two paths without LIKE, so neither needs escaping', () => {
    expect(isWithin('/A/B/', '/A/')).toBe(true);
    expect(isWithin('/AB/', '/A_/')).toBe(false);
    expect(pathWithinSql('child.path', 'root.path')).toBe('starts_with(child.path, root.path)');
  });
});
