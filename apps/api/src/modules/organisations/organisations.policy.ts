import type { Principal } from '../../platform/auth/principal';
import { ForbiddenError } from '../../platform/errors/domain-error';

/**
 * Row-level rule shared by every context: a user sees and acts only inside the organisation subtree
 * of his active role's unit (his unit's path is a prefix of the row's unit path). Contexts build
 * their own visibility rules from these; none compares paths by hand.
 */

/** A condition for a query builder's `where`/`andWhere` (or a DataLoader's query), with its named parameters. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** Matches no row: what a principal without a subtree (an API client) sees. */
export const NO_ROWS: SqlCondition = { sql: 'FALSE', params: {} };

/** The LIKE pattern of the subtree rooted at `path`: LIKE's wildcards and escape in the path are escaped. */
export function subtreePattern(path: string): string {
  return `${path.replace(/[\\%_]/g, '\\$&')}%`;
}

/** True when the unit at `unitPath` lies in the subtree rooted at `rootPath` (the root itself included). */
export function isWithin(unitPath: string, rootPath: string): boolean {
  return unitPath.startsWith(rootPath);
}

export function canReachUnit(principal: Principal | null, unitPath: string): boolean {
  return principal?.kind === 'user' && isWithin(unitPath, principal.organisationPath);
}

export function assertCanReachUnit(principal: Principal | null, unitPath: string): void {
  if (!canReachUnit(principal, unitPath)) throw new ForbiddenError('This organisation unit is outside your scope');
}

/**
 * SQL condition for "the unit aliased `alias` is in the principal's subtree". `param` names the
 * pattern's parameter (change it only to use two different scopes in one query).
 */
export function subtreeCondition(principal: Principal, alias: string, param = 'scopePath'): SqlCondition {
  if (principal.kind !== 'user') return NO_ROWS;
  return { sql: `${alias}.path LIKE :${param}`, params: { [param]: subtreePattern(principal.organisationPath) } };
}

/**
 * SQL condition for "the row aliased `alias`, whose unit id is in column `unitColumn`, belongs to a
 * unit of the principal's subtree": the form the contexts' visibility rules take, usable by a list
 * query and by a DataLoader alike.
 */
export function unitInSubtreeCondition(principal: Principal, alias: string, unitColumn = 'organisation_unit_id'): SqlCondition {
  if (principal.kind !== 'user') return NO_ROWS;
  const unit = `${alias}_scope_unit`;
  const scope = subtreeCondition(principal, unit);
  return {
    sql: `EXISTS (SELECT 1 FROM organisation_unit ${unit} WHERE ${unit}.id = ${alias}.${unitColumn} AND ${scope.sql})`,
    params: scope.params,
  };
}

/**
 * The organisation unit aliased `alias` may be shown to the caller by any field that returns a
 * unit: every unit, to anyone. The tree (codes, names, levels, provinces) is public on purpose: the
 * registration form offers it before sign-in (`registrationOrganisations`), so hiding a unit behind
 * a nested field would hide nothing. What a caller may do or list inside the tree is narrowed by
 * `subtreeCondition` and `unitInSubtreeCondition`, not by this. Every loader of units goes through
 * this condition, so narrowing it here narrows every nested path at once.
 */
export function organisationUnitVisibility(_principal: Principal | null, _alias = 'unit'): SqlCondition {
  return EVERY_ROW;
}

/** Matches every row. */
export const EVERY_ROW: SqlCondition = { sql: 'TRUE', params: {} };

/**
 * SQL for "the unit path `unitPath` lies in the subtree rooted at path `rootPath`", both SQL
 * expressions (columns or parameters): for comparing two units' paths inside one query.
 */
export function pathWithinSql(unitPath: string, rootPath: string): string {
  return `starts_with(${unitPath}, ${rootPath})`;
}
