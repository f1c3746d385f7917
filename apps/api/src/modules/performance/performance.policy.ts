import type { EntityManager } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/roles';
import { ForbiddenError, NotFoundError } from '../../platform/errors/domain-error';
import { OrganisationUnit } from '../organisations';
import { Indicator } from './indicator.entity';
import { Referral } from './referral.entity';

/**
 * Who may see and do what in Ma'na, row by row:
 * - the lead evaluator and the senior lead: every indicator of an agency in their subtree;
 * - an approver: the referrals made to people in his subtree, and his own;
 * - a data entrant: only what was referred to him.
 */
export async function lockIndicatorInScope(manager: EntityManager, principal: UserPrincipal, indicatorId: string): Promise<Indicator> {
  const indicator = await manager.findOne(Indicator, { where: { id: indicatorId }, lock: { mode: 'pessimistic_write' } });
  if (!indicator) throw new NotFoundError('The indicator');
  const unit = await manager.findOneByOrFail(OrganisationUnit, { id: indicator.organisationUnitId });
  if (!unit.path.startsWith(principal.organisationPath)) throw new NotFoundError('The indicator');
  return indicator;
}

export function assertLeadEvaluator(principal: UserPrincipal): void {
  if (principal.role !== Role.LEAD_EVALUATOR) throw new ForbiddenError('Only the lead evaluator does this');
}

/**
 * Locks the referral's indicator first (all changes to one indicator's tree are serialised by that
 * row lock: no deadlocks, no lost updates), then the referral.
 */
export async function lockReferral(manager: EntityManager, referralId: string): Promise<{ referral: Referral; indicator: Indicator }> {
  const found = await manager.findOneBy(Referral, { id: referralId });
  if (!found) throw new NotFoundError('The referral');
  const indicator = await manager.findOneOrFail(Indicator, { where: { id: found.indicatorId }, lock: { mode: 'pessimistic_write' } });
  const referral = await manager.findOneOrFail(Referral, { where: { id: referralId }, lock: { mode: 'pessimistic_write' } });
  return { referral, indicator };
}

/** SQL condition: the referral aliased `r` is visible to the principal (his own, or in his subtree). */
export function referralVisibility(principal: UserPrincipal): { sql: string; params: Record<string, unknown> } {
  if (principal.role === Role.DATA_ENTRANT) return { sql: 'r.assignee_id = :me', params: { me: principal.id } };
  return {
    sql: `(r.assignee_id = :me OR r.referrer_id = :me OR EXISTS (SELECT 1 FROM organisation_unit ru WHERE ru.id = r.organisation_unit_id AND ru.path LIKE :scope))`,
    params: { me: principal.id, scope: `${principal.organisationPath}%` },
  };
}
