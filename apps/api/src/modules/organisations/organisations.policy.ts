import type { Principal } from '../../platform/auth/principal';
import { ForbiddenError } from '../../platform/errors/domain-error';

/**
 * Row-level rule shared by every context: a user sees and acts only inside the organisation subtree
 * of his active role's unit (his unit's path is a prefix of the row's unit path).
 */
export function canReachUnit(principal: Principal | null, unitPath: string): boolean {
  return principal?.kind === 'user' && unitPath.startsWith(principal.organisationPath);
}

export function assertCanReachUnit(principal: Principal | null, unitPath: string): void {
  if (!canReachUnit(principal, unitPath)) throw new ForbiddenError('This organisation unit is outside your scope');
}

/** SQL condition for "the unit aliased `alias` is in the principal's subtree", with its parameter. */
export function subtreeCondition(principal: Principal, alias: string): { sql: string; params: Record<string, string> } {
  if (principal.kind !== 'user') return { sql: 'FALSE', params: {} };
  return { sql: `${alias}.path LIKE :scopePath`, params: { scopePath: `${principal.organisationPath.replace(/[\\%_]/g, '\\$&')}%` } };
}
