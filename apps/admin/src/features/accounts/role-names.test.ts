import { describe, expect, it } from 'vitest';
import { REQUESTABLE_ROLES, ROLE_NAMES, roleAssignmentLabel, roleName } from './role-names';

describe('role names', () => {
  it('names every role in Persian', () => {
    // Record<Role, string> makes the list complete; each name is its own.
    expect(new Set(Object.values(ROLE_NAMES)).size).toBe(Object.keys(ROLE_NAMES).length);
    for (const name of Object.values(ROLE_NAMES)) expect(name).toMatch(/^[\u0600-\u06FF\u200c ]+$/);
    expect(ROLE_NAMES.LEAD_EVALUATOR).toBe('راهبر اصلی');
    expect(ROLE_NAMES.DATA_ENTRANT).toBe('متولی شاخص');
  });

  it('labels a role assignment with its unit', () => {
    expect(roleAssignmentLabel({ role: 'APPROVER', organisationUnit: { name: 'ستاد وزارت نیرو' } })).toBe('تأیید کننده — ستاد وزارت نیرو');
  });

  it('keeps an unknown role code as it is', () => {
    expect(roleName('SENIOR_LEAD')).toBe('راهبر ارشد');
    expect(roleName('NEW_ROLE')).toBe('NEW_ROLE');
  });

  it('offers only the roles a person may ask for', () => {
    expect(REQUESTABLE_ROLES).toEqual(['APPROVER', 'DATA_ENTRANT', 'PROVINCIAL_PLANNING_DEPUTY']);
  });
});
