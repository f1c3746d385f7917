import type { UserPrincipal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/roles';
import { NotFoundError } from '../../platform/errors/domain-error';

/**
 * Who sees and acts on which offices, row by row (each operation also names its permission):
 * - a counter office operator: only the office whose organisation unit holds his active role —
 *   its day list, service records, receipts, capacity calendar and closed days;
 * - a foreign-nationals inspector (the Interior Ministry's bureau): every office of every
 *   province — inspections, findings, suspensions, complaints;
 * - the association (COUNTER_OFFICES_ADMIN): every office — details, capacities and calendars,
 *   the fee, complaints and the overview;
 * - anyone else: no office.
 * An office the caller may not see is answered as missing (NOT_FOUND), never as forbidden.
 */
export type OfficeScope = { kind: 'all' } | { kind: 'unit'; organisationUnitId: string } | { kind: 'none' };

export interface OfficeRow {
  organisationUnitId: string | null;
}

export function officeScope(principal: UserPrincipal): OfficeScope {
  switch (principal.role) {
    case Role.COUNTER_OFFICE_OPERATOR:
      return { kind: 'unit', organisationUnitId: principal.organisationUnitId };
    case Role.FOREIGN_NATIONALS_INSPECTOR:
    case Role.COUNTER_OFFICES_ADMIN:
      return { kind: 'all' };
    default:
      return { kind: 'none' };
  }
}

export function maySeeOffice(principal: UserPrincipal, office: OfficeRow): boolean {
  const scope = officeScope(principal);
  if (scope.kind === 'all') return true;
  return scope.kind === 'unit' && office.organisationUnitId === scope.organisationUnitId;
}

export function assertMaySeeOffice(principal: UserPrincipal, office: OfficeRow | null): asserts office is OfficeRow {
  if (!office || !maySeeOffice(principal, office)) throw new NotFoundError('The counter office');
}

/** Serving applicants (records, fee, receipts, no-shows) is the operator's, at his own office only. */
export function mayServeAt(principal: UserPrincipal, office: OfficeRow): boolean {
  return principal.role === Role.COUNTER_OFFICE_OPERATOR && maySeeOffice(principal, office);
}

export function assertMayServeAt(principal: UserPrincipal, office: OfficeRow | null): asserts office is OfficeRow {
  if (!office || !mayServeAt(principal, office)) throw new NotFoundError('The counter office');
}

/** The capacity calendar and closed days: the operator of the office, or the association. */
export function mayManageCalendar(principal: UserPrincipal, office: OfficeRow): boolean {
  if (principal.role === Role.COUNTER_OFFICES_ADMIN) return true;
  return principal.role === Role.COUNTER_OFFICE_OPERATOR && maySeeOffice(principal, office);
}

export function assertMayManageCalendar(principal: UserPrincipal, office: OfficeRow | null): asserts office is OfficeRow {
  if (!office || !mayManageCalendar(principal, office)) throw new NotFoundError('The counter office');
}

/** SQL condition over the office aliased `alias`, for lists: what the principal may see. */
export function officeVisibility(principal: UserPrincipal, alias = 'o'): { sql: string; params: unknown[] } {
  const scope = officeScope(principal);
  if (scope.kind === 'all') return { sql: 'TRUE', params: [] };
  if (scope.kind === 'unit') return { sql: `${alias}.organisation_unit_id = $1`, params: [scope.organisationUnitId] };
  return { sql: 'FALSE', params: [] };
}
