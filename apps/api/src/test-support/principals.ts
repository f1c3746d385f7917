import type { ClientPrincipal, UserPrincipal } from '../platform/auth/principal';
import { permissionsOf } from '../platform/auth/role-permissions';
import type { Role } from '../platform/auth/roles';

/** A signed-in person acting in `role` at the unit whose path is `organisationPath`, for policy unit tests. */
export function userPrincipal(role: Role, organisationPath: string, id = `user-${role}`): UserPrincipal {
  return {
    kind: 'user',
    id,
    sessionId: `session-${id}`,
    nationalId: '0013542419',
    roleAssignmentId: `role-${id}`,
    role,
    organisationUnitId: `unit-${organisationPath}`,
    organisationPath,
    mustChangePassword: false,
    permissions: permissionsOf(role),
  };
}

/** An integrating system with no permissions of its own. */
export function clientPrincipal(): ClientPrincipal {
  return { kind: 'client', id: 'client-1', permissions: new Set() };
}
