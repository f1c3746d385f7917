import type { EntityManager } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/roles';
import { ForbiddenError } from '../../platform/errors/domain-error';
import { OrganisationUnit } from '../organisations';

/**
 * Who may see and do what in the Hajj context, row by row (the operations' permissions per role are
 * in `platform/auth/role-permissions.ts`; these rules narrow what a permitted caller reaches):
 * - HAJJ_ADMIN: every receipt, caravan and registration;
 * - HAJJ_PROVINCIAL_OFFICE: the receipts of holders living in its province (conversions,
 *   stabilisation), and its province's caravans and registrations (read);
 * - BANK_BRANCH_OPERATOR: the receipts of its province; a conversion or stabilisation the
 *   provincial office referred only at the branch it named (its unit's code); 8M conversions and
 *   reissues at any branch of the holder's province; payments of its province's caravans;
 * - PILGRIMAGE_SERVICES_OFFICE: any receipt, to record a transfer (the registry is national);
 * - CARAVAN_MANAGER: the caravans whose manager he is (by national ID), their registrations.
 */
export interface HajjActor {
  userId: string;
  nationalId: string;
  role: Role;
  /** The active role's unit: its code is a bank branch's code; its province bounds the provincial roles. */
  unitCode: string;
  province: string | null;
}

/** The caller as the Hajj rules see him (one read of his unit). */
export async function loadActor(manager: EntityManager, principal: UserPrincipal): Promise<HajjActor> {
  const unit = await manager.findOneBy(OrganisationUnit, { id: principal.organisationUnitId });
  return {
    userId: principal.id,
    nationalId: principal.nationalId,
    role: principal.role,
    unitCode: unit?.code ?? '',
    province: unit?.province ?? null,
  };
}

/** Which rows a list shows: all, one province's, one manager's caravans', or none. */
export type RowScope = { all: true } | { province: string } | { managerNationalId: string } | { none: true };

const NONE: RowScope = { none: true };
const provinceScope = (actor: HajjActor): RowScope => (actor.province ? { province: actor.province } : NONE);

/** The receipts (by their holder's province) an actor may look up. */
export function receiptScope(actor: HajjActor): RowScope {
  switch (actor.role) {
    case Role.HAJJ_ADMIN:
    case Role.PILGRIMAGE_SERVICES_OFFICE:
      return { all: true };
    case Role.HAJJ_PROVINCIAL_OFFICE:
    case Role.BANK_BRANCH_OPERATOR:
      return provinceScope(actor);
    default:
      return NONE;
  }
}

/** The caravans (and their registrations) an actor may see. */
export function caravanScope(actor: HajjActor): RowScope {
  switch (actor.role) {
    case Role.HAJJ_ADMIN:
      return { all: true };
    case Role.HAJJ_PROVINCIAL_OFFICE:
    case Role.BANK_BRANCH_OPERATOR:
      return provinceScope(actor);
    case Role.CARAVAN_MANAGER:
      return { managerNationalId: actor.nationalId };
    default:
      return NONE;
  }
}

export function inScope(scope: RowScope, row: { province: string; managerNationalId?: string | null }): boolean {
  if ('all' in scope) return true;
  if ('province' in scope) return row.province === scope.province;
  if ('managerNationalId' in scope) return row.managerNationalId === scope.managerNationalId;
  return false;
}

/**
 * The scope as SQL over a table aliased `alias` with a `province` column (and, for caravans,
 * `manager_national_id`), with positional parameters from `$first`.
 */
export function scopeSql(scope: RowScope, alias: string, first: number): { sql: string; params: unknown[] } {
  if ('all' in scope) return { sql: 'TRUE', params: [] };
  if ('province' in scope) return { sql: `${alias}.province = $${first}`, params: [scope.province] };
  if ('managerNationalId' in scope) return { sql: `${alias}.manager_national_id = $${first}`, params: [scope.managerNationalId] };
  return { sql: 'FALSE', params: [] };
}

export function canSeeReceipt(actor: HajjActor, receipt: { province: string }): boolean {
  return inScope(receiptScope(actor), receipt);
}

/** Refer a receipt of its province for conversion or stabilisation (the provincial office). */
export function mayReferReceipt(actor: HajjActor, receipt: { province: string }): boolean {
  return actor.role === Role.HAJJ_PROVINCIAL_OFFICE && actor.province !== null && receipt.province === actor.province;
}

/**
 * Issue a receipt at the bank: a referred conversion or stabilisation only at the branch the office
 * named; an 8M conversion or a transfer's reissue at any branch of the holder's province.
 */
export function mayIssueAtBank(
  actor: HajjActor,
  receipt: { province: string; referredBranchCode: string | null },
  referred: boolean,
): boolean {
  if (actor.role !== Role.BANK_BRANCH_OPERATOR || actor.province === null || receipt.province !== actor.province) return false;
  return !referred || receipt.referredBranchCode === actor.unitCode;
}

/** Record a notarial transfer in the transfer registry. */
export function mayRecordTransfer(actor: HajjActor): boolean {
  return actor.role === Role.PILGRIMAGE_SERVICES_OFFICE;
}

/** Run a caravan's registrations: its manager only. */
export function mayManageCaravan(actor: HajjActor, caravan: { managerNationalId: string | null }): boolean {
  return actor.role === Role.CARAVAN_MANAGER && caravan.managerNationalId !== null && caravan.managerNationalId === actor.nationalId;
}

/** Record the payment of a registration's difference: a bank branch of the caravan's province. */
export function mayRecordPayment(actor: HajjActor, caravan: { province: string }): boolean {
  return actor.role === Role.BANK_BRANCH_OPERATOR && actor.province !== null && caravan.province === actor.province;
}

export function assertAllowed(allowed: boolean, message = 'This is outside your scope'): void {
  if (!allowed) throw new ForbiddenError(message);
}
