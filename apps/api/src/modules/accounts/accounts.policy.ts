import type { FindOptionsWhere } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import { APPROVING_ROLES } from '../../platform/auth/roles';
import { pathWithinSql, type SqlCondition } from '../organisations';
import type { RegistrationRequest } from './registration-request.entity';
import type { RoleAssignment } from './role-assignment.entity';

/**
 * Who may see and do what in accounts, row by row (which roles may review registrations at all is
 * the REGISTRATION_REVIEW permission, `platform/auth/role-permissions.ts`):
 * - a person asks only for a requestable role (`REQUESTABLE_ROLES`, checked on the input);
 * - a registration request names one approver: an active user holding an approving role (approver,
 *   lead evaluator, senior lead) at the requested unit or above it; only he sees and decides it;
 * - a person switches only to a role he holds and that is active.
 */

/** The registration requests the caller sees and decides: those that name him as approver. */
export function registrationVisibility(principal: UserPrincipal): FindOptionsWhere<RegistrationRequest> {
  return { approverId: principal.id };
}

/**
 * SQL condition for "the role assignment aliased `role`, at the unit aliased `unit`, may approve a
 * request for the unit at `requestUnitPath`": an approving role at that unit or one of its ancestors.
 */
export function approverRoleCondition(requestUnitPath: string, role: string, unit: string): SqlCondition {
  return {
    sql: `${role}.role IN (:...approvingRoles) AND ${pathWithinSql(':requestUnitPath', `${unit}.path`)}`,
    params: { approvingRoles: [...APPROVING_ROLES], requestUnitPath },
  };
}

/** The role assignments the caller may act in: his own active ones. */
export function heldRoles(principal: UserPrincipal): FindOptionsWhere<RoleAssignment> {
  return { userId: principal.id, active: true };
}
