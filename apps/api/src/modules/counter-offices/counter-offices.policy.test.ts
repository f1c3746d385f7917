import { describe, expect, it } from 'vitest';
import type { UserPrincipal } from '../../platform/auth/principal';
import { permissionsOf } from '../../platform/auth/role-permissions';
import { Role } from '../../platform/auth/roles';
import { Permission } from '../../platform/auth/permissions';
import { assertMaySeeOffice, mayManageCalendar, maySeeOffice, mayServeAt, officeVisibility } from './counter-offices.policy';

const principal = (role: Role, organisationUnitId = 'unit-mine'): UserPrincipal => ({
  kind: 'user',
  id: `user-${role}`,
  sessionId: 's',
  nationalId: '0010019014',
  roleAssignmentId: 'ra',
  role,
  organisationUnitId,
  organisationPath: '/NAEO/',
  mustChangePassword: false,
  permissions: permissionsOf(role),
});

const mine = { organisationUnitId: 'unit-mine' };
const other = { organisationUnitId: 'unit-other' };

describe('counter offices policy', () => {
  it('an operator sees, serves and plans only his own office', () => {
    const operator = principal(Role.COUNTER_OFFICE_OPERATOR);
    expect(maySeeOffice(operator, mine)).toBe(true);
    expect(maySeeOffice(operator, other)).toBe(false);
    expect(mayServeAt(operator, mine)).toBe(true);
    expect(mayServeAt(operator, other)).toBe(false);
    expect(mayManageCalendar(operator, mine)).toBe(true);
    expect(mayManageCalendar(operator, other)).toBe(false);
    expect(() => assertMaySeeOffice(operator, other)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(officeVisibility(operator)).toEqual({ sql: 'o.organisation_unit_id = $1', params: ['unit-mine'] });
    expect(operator.permissions.has(Permission.COUNTER_OFFICE_INSPECT)).toBe(false);
  });

  it('an inspector of the foreign-nationals bureau sees every office of every province, and serves at none', () => {
    const inspector = principal(Role.FOREIGN_NATIONALS_INSPECTOR, 'bureau');
    expect(maySeeOffice(inspector, mine)).toBe(true);
    expect(maySeeOffice(inspector, other)).toBe(true);
    expect(mayServeAt(inspector, mine)).toBe(false);
    expect(mayManageCalendar(inspector, mine)).toBe(false);
    expect(officeVisibility(inspector).sql).toBe('TRUE');
    expect(inspector.permissions.has(Permission.COUNTER_OFFICE_INSPECT)).toBe(true);
    expect(inspector.permissions.has(Permission.COUNTER_OFFICES_MANAGE)).toBe(false);
  });

  it('the association sees and plans every office, and serves at none', () => {
    const admin = principal(Role.COUNTER_OFFICES_ADMIN, 'association');
    expect(maySeeOffice(admin, other)).toBe(true);
    expect(mayManageCalendar(admin, other)).toBe(true);
    expect(mayServeAt(admin, other)).toBe(false);
    expect(admin.permissions.has(Permission.COUNTER_OFFICES_MANAGE)).toBe(true);
    expect(admin.permissions.has(Permission.COUNTER_OFFICE_INSPECT)).toBe(false);
  });

  it('anyone else sees no office', () => {
    const someone = principal(Role.DATA_ENTRANT, 'unit-mine');
    expect(maySeeOffice(someone, mine)).toBe(false);
    expect(mayManageCalendar(someone, mine)).toBe(false);
    expect(officeVisibility(someone).sql).toBe('FALSE');
  });
});
