import type { EntityManager, FindOptionsWhere } from 'typeorm';
import type { Principal, UserPrincipal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/roles';
import { ForbiddenError, NotFoundError } from '../../platform/errors/domain-error';
import { NO_ROWS, OrganisationUnit, OrganisationUnitType, canReachUnit, unitInSubtreeCondition, type SqlCondition } from '../organisations';
import { UserAccount, UserStatus } from '../accounts';
import { Indicator } from './indicator.entity';
import { Referral } from './referral.entity';
import { NotYourTurnError } from './performance.errors';
import { ACTIONABLE } from './referral-workflow';

/**
 * Who may see and do what in Ma'na, row by row (the operations' permissions, per role, are in
 * `platform/auth/role-permissions.ts`; these rules narrow what a permitted caller reaches):
 * - indicators: those of the agencies in the caller's subtree (the cartable list); a nested field
 *   also shows the indicator a referral he may see is about;
 * - referrals: the ones referred to him or by him, and every referral below those (what he
 *   delegated, and what his delegates delegated, whose values and evidence come back up to him:
 *   seed 002, "اتمام عملیات"); every role but the data entrant also sees the ones made to units of
 *   his subtree;
 * - performance entries and their evidence files: those of the referrals he may see;
 * - people (the referral forms' `UserSummary`): himself, his active subordinates, and the referrer
 *   and assignee of every referral he may see;
 * - proposals: the senior lead sees every one; anyone else only his own;
 * - the lead evaluator refers, approves and forwards indicators; the senior lead evaluates them;
 * - only the assignee acts on a referral, only its referrer returns it;
 * - a referral goes to an active subordinate of the referrer;
 * - a provincial planning deputy proposes for the provincial and regional agencies of his province.
 * Each object kind's visibility is one SQL condition (`<kind>Visibility`), used by the top-level
 * queries and by the DataLoaders behind every nested field alike, so a nested path never shows what
 * the top-level query hides. A caller who is not a signed-in person (an API client) sees no row.
 */

const asUser = (principal: Principal | null): UserPrincipal | null => (principal?.kind === 'user' ? principal : null);

/** The indicator aliased `alias` belongs to an agency in the caller's subtree. */
export function indicatorVisibility(principal: Principal | null, alias = 'i'): SqlCondition {
  const user = asUser(principal);
  return user ? unitInSubtreeCondition(user, alias) : NO_ROWS;
}

/**
 * The indicator aliased `alias` may be shown to the caller by a nested field: one of his subtree,
 * or the subject of a referral he may see (a data entrant's referral is about an indicator of his
 * ministry, above his own unit).
 */
export function reachableIndicator(principal: Principal | null, alias = 'i'): SqlCondition {
  const user = asUser(principal);
  if (!user) return NO_ROWS;
  const own = indicatorVisibility(user, alias);
  const subject = referralVisibility(user, `${alias}_subject`);
  return {
    sql: `(${own.sql} OR EXISTS (SELECT 1 FROM referral ${alias}_subject WHERE ${alias}_subject.indicator_id = ${alias}.id AND ${subject.sql}))`,
    params: { ...own.params, ...subject.params },
  };
}

/**
 * The referral aliased `alias` is visible to the caller: referred to him or by him, or below one
 * referred to him or by him (its chain of parents, walked up by primary key, holds him); for every
 * role but the data entrant, also one made to a unit of his subtree.
 */
export function referralVisibility(principal: Principal | null, alias = 'r'): SqlCondition {
  const user = asUser(principal);
  if (!user) return NO_ROWS;
  const above = `${alias}_above`;
  const step = `${alias}_step`;
  const chain =
    `${alias}.assignee_id = :viewerId OR ${alias}.referrer_id = :viewerId OR EXISTS (` +
    `WITH RECURSIVE ${above}(id, parent_id, referrer_id, assignee_id) AS (` +
    `SELECT ${step}.id, ${step}.parent_id, ${step}.referrer_id, ${step}.assignee_id FROM referral ${step} WHERE ${step}.id = ${alias}.parent_id` +
    ` UNION ALL SELECT ${step}.id, ${step}.parent_id, ${step}.referrer_id, ${step}.assignee_id FROM referral ${step} JOIN ${above} ON ${step}.id = ${above}.parent_id)` +
    ` SELECT 1 FROM ${above} WHERE ${above}.assignee_id = :viewerId OR ${above}.referrer_id = :viewerId)`;
  if (user.role === Role.DATA_ENTRANT) return { sql: `(${chain})`, params: { viewerId: user.id } };
  const subtree = unitInSubtreeCondition(user, alias);
  return { sql: `(${chain} OR ${subtree.sql})`, params: { viewerId: user.id, ...subtree.params } };
}

/** The performance entry aliased `alias` (and so its evidence files) belongs to a referral the caller may see. */
export function entryVisibility(principal: Principal | null, alias = 'e'): SqlCondition {
  const owner = `${alias}_referral`;
  const scope = referralVisibility(principal, owner);
  if (scope === NO_ROWS) return NO_ROWS;
  return {
    sql: `EXISTS (SELECT 1 FROM referral ${owner} WHERE ${owner}.id = ${alias}.referral_id AND ${scope.sql})`,
    params: scope.params,
  };
}

/**
 * The person (user account) aliased `alias` may be shown to the caller: himself, one of his active
 * subordinates (whom `referralCandidates` lists), or the referrer or assignee of a referral he may see.
 */
export function personVisibility(principal: Principal | null, alias = 'u'): SqlCondition {
  const user = asUser(principal);
  if (!user) return NO_ROWS;
  const party = `${alias}_party`;
  const scope = referralVisibility(user, party);
  return {
    sql:
      `(${alias}.id = :viewerId OR (${alias}.superior_id = :viewerId AND ${alias}.status = :activeStatus)` +
      ` OR EXISTS (SELECT 1 FROM referral ${party} WHERE (${party}.referrer_id = ${alias}.id OR ${party}.assignee_id = ${alias}.id) AND ${scope.sql}))`,
    params: { ...scope.params, viewerId: user.id, activeStatus: UserStatus.ACTIVE },
  };
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
  throw new ForbiddenError(
    DECIDED_BY[decision] === Role.SENIOR_LEAD ? 'Only the senior lead evaluates' : 'Only the lead evaluator does this',
  );
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
