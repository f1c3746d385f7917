import type { EntityManager, FindOptionsWhere } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/roles';
import { ForbiddenError, NotFoundError } from '../../platform/errors/domain-error';
import { OrganisationUnit, OrganisationUnitType, canReachUnit, unitInSubtreeCondition, type SqlCondition } from '../organisations';
import { UserAccount, UserStatus } from '../accounts';
import { Indicator } from './indicator.entity';
import { Referral } from './referral.entity';
import { NotYourTurnError } from './performance.errors';
import { ACTIONABLE } from './referral-workflow';

/**
 * Who may see and do what in Ma'na, row by row (the operations' permissions, per role, are in
 * `platform/auth/role-permissions.ts`; these rules narrow what a permitted caller reaches):
 * - indicators: those of the agencies in the caller's subtree;
 * - referrals: a data entrant sees only what was referred to him; the other roles also the ones
 *   they made and the ones made to people of their subtree;
 * - proposals: the senior lead sees every one; anyone else only his own;
 * - the lead evaluator refers, approves and forwards indicators; the senior lead evaluates them;
 * - only the assignee acts on a referral, only its referrer returns it;
 * - a referral goes to an active subordinate of the referrer;
 * - a provincial planning deputy proposes for the provincial and regional agencies of his province.
 * Each object kind's visibility is one SQL condition (`<kind>Visibility`), for list queries and
 * DataLoaders alike.
 */

/** The indicator aliased `alias` belongs to an agency in the caller's subtree. */
export function indicatorVisibility(principal: UserPrincipal, alias = 'i'): SqlCondition {
  return unitInSubtreeCondition(principal, alias);
}

/** The referral aliased `alias` is visible to the caller: his own, one he made, or one made into his subtree. */
export function referralVisibility(principal: UserPrincipal, alias = 'r'): SqlCondition {
  const mine = `${alias}.assignee_id = :viewerId`;
  if (principal.role === Role.DATA_ENTRANT) return { sql: mine, params: { viewerId: principal.id } };
  const subtree = unitInSubtreeCondition(principal, alias);
  return { sql: `(${mine} OR ${alias}.referrer_id = :viewerId OR ${subtree.sql})`, params: { viewerId: principal.id, ...subtree.params } };
}

/** The proposal aliased `alias` is visible to the caller: every one for the senior lead, else his own. */
export function proposalVisibility(principal: UserPrincipal, alias = 'p'): SqlCondition {
  if (principal.role === Role.SENIOR_LEAD) return { sql: 'TRUE', params: {} };
  return { sql: `${alias}.proposed_by = :proposerId`, params: { proposerId: principal.id } };
}

/** The people the caller may refer to: his active subordinates. */
export function referralCandidates(principal: UserPrincipal): FindOptionsWhere<UserAccount> {
  return { superiorId: principal.id, status: UserStatus.ACTIVE };
}

/** Decisions on a whole indicator, at the top of its chain. */
export type IndicatorDecision = 'REFER' | 'APPROVE' | 'FORWARD' | 'EVALUATE';

const DECIDED_BY: Readonly<Record<IndicatorDecision, Role>> = {
  REFER: Role.LEAD_EVALUATOR,
  APPROVE: Role.LEAD_EVALUATOR,
  FORWARD: Role.LEAD_EVALUATOR,
  EVALUATE: Role.SENIOR_LEAD,
};

export function mayDecideIndicator(principal: UserPrincipal, decision: IndicatorDecision): boolean {
  return principal.role === DECIDED_BY[decision];
}

export function assertMayDecideIndicator(principal: UserPrincipal, decision: IndicatorDecision): void {
  if (mayDecideIndicator(principal, decision)) return;
  throw new ForbiddenError(DECIDED_BY[decision] === Role.SENIOR_LEAD ? 'Only the senior lead evaluates' : 'Only the lead evaluator does this');
}

/** Only the assignee acts on a referral (refers it further, saves its entry, finishes it), and only while it waits on him. */
export function assertAssigneeMayAct(principal: UserPrincipal, referral: Pick<Referral, 'assigneeId' | 'status'>): void {
  if (referral.assigneeId !== principal.id || !ACTIONABLE.has(referral.status)) throw new NotYourTurnError();
}

/** Only the referrer sends a referral back down. */
export function assertReferrerMayReturn(principal: UserPrincipal, referral: Pick<Referral, 'referrerId'>): void {
  if (referral.referrerId !== principal.id) throw new NotYourTurnError();
}

type UnitPlace = Pick<OrganisationUnit, 'level' | 'province' | 'type'>;

/** A deputy proposes for a provincial or regional agency (second level or deeper) of his own unit's province. */
export function mayProposeFor(ownUnit: Pick<OrganisationUnit, 'province'>, unit: UnitPlace): boolean {
  return (
    unit.level >= 2 &&
    unit.province !== null &&
    unit.province === ownUnit.province &&
    (unit.type === OrganisationUnitType.PROVINCIAL || unit.type === OrganisationUnitType.REGIONAL)
  );
}

/** Locks an indicator of an agency in the caller's subtree; outside it, the indicator does not exist for him. */
export async function lockIndicatorInScope(manager: EntityManager, principal: UserPrincipal, indicatorId: string): Promise<Indicator> {
  const indicator = await manager.findOne(Indicator, { where: { id: indicatorId }, lock: { mode: 'pessimistic_write' } });
  if (!indicator) throw new NotFoundError('The indicator');
  const unit = await manager.findOneByOrFail(OrganisationUnit, { id: indicator.organisationUnitId });
  if (!canReachUnit(principal, unit.path)) throw new NotFoundError('The indicator');
  return indicator;
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
