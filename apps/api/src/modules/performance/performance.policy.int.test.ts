import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource, ObjectLiteral } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/roles';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { createUser, type TestUser } from '../../test-support/accounts-fixtures';
import { createCast, createIndicator, isoDaysFromToday, type Cast } from '../../test-support/performance-fixtures';
import { userPrincipal } from '../../test-support/principals';
import { OrganisationUnit, OrganisationUnitType, type SqlCondition } from '../organisations';
import { ComparisonType } from './indicator.entity';
import { IndicatorProposal, ProposalStatus } from './indicator-proposal.entity';
import { Referral, ReferralStatus } from './referral.entity';
import {
  entryVisibility,
  indicatorVisibility,
  personVisibility,
  proposalVisibility,
  reachableIndicator,
  referralVisibility,
} from './performance.policy';
import { PerformanceEntry } from './performance-entry.entity';
import { UserAccount } from '../accounts';

/**
 * The policy's visibility conditions run against real rows: each role sees exactly what
 * `performance.policy.ts` says, and a unit code holding a LIKE wildcard (`_`) does not open the
 * subtree of a look-alike sibling.
 */
let api: TestApi;
let db: DataSource;
let cast: Cast;
/** A ministry whose code holds `_`, and its look-alike sibling (`X` where the `_` is). */
let wild: OrganisationUnit;
let lookAlike: OrganisationUnit;
let wildLead: TestUser;
let lookAlikeLead: TestUser;
let ids: { mine: string; wild: string; lookAlike: string };
let referrals: { toEntrant: string; toOther: string; inLookAlike: string };
let proposals: { deputy: string; otherDeputy: string };
let deputy: TestUser;
let root: OrganisationUnit;

async function unit(code: string, parent: OrganisationUnit): Promise<OrganisationUnit> {
  return db.getRepository(OrganisationUnit).save({
    code,
    name: code,
    parentId: parent.id,
    path: `${parent.path}${code}/`,
    level: parent.level + 1,
    type: OrganisationUnitType.MINISTRY,
    province: null,
  });
}

async function referral(
  indicatorId: string,
  referrer: TestUser,
  assignee: TestUser,
  unitId: string,
  parentId: string | null = null,
): Promise<string> {
  const saved = await db.getRepository(Referral).save({
    indicatorId,
    parentId,
    referrerId: referrer.id,
    assigneeId: assignee.id,
    organisationUnitId: unitId,
    deadline: isoDaysFromToday(5),
    status: ReferralStatus.REFERRED,
    target: '10',
    province: null,
    returnReason: null,
  });
  return saved.id;
}

async function proposal(by: TestUser): Promise<string> {
  const saved = await db.getRepository(IndicatorProposal).save({
    periodId: cast.period.id,
    organisationUnitId: cast.tree.provincial.id,
    proposedBy: by.id,
    title: 'شاخص پیشنهادی',
    unitOfMeasure: 'تعداد',
    nature: null,
    calculationMethod: 'شمارش',
    comparisonType: ComparisonType.HIGHER_IS_BETTER,
    targetLower: '1',
    targetUpper: '10',
    target: '5',
    score: '5.00',
    status: ProposalStatus.PENDING,
    decisionReason: null,
  });
  return saved.id;
}

const principalOf = (user: TestUser, role: Role, at: OrganisationUnit): UserPrincipal => userPrincipal(role, at.path, user.id);

/** The ids among `candidates` of the rows of `table` (aliased `alias`) that `condition` admits. */
async function visible(table: string, alias: string, condition: SqlCondition, candidates: string[]): Promise<string[]> {
  const rows = await db
    .createQueryBuilder()
    .select(`${alias}.id`, 'id')
    .from(table, alias)
    .where(`${alias}.id IN (:...candidates)`, { candidates })
    .andWhere(condition.sql, condition.params as ObjectLiteral)
    .getRawMany<{ id: string }>();
  return rows.map((r) => r.id).sort();
}

const sorted = (...values: string[]) => [...values].sort();

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
  cast = await createCast(db);
  root = await db.getRepository(OrganisationUnit).findOneByOrFail({ id: cast.tree.ministry.parentId! });
  const tag = randomInt(1e9).toString(36).toUpperCase();
  wild = await unit(`W_${tag}`, root);
  lookAlike = await unit(`WX${tag}`, root);
  wildLead = await createUser(db, [[Role.LEAD_EVALUATOR, wild]]);
  lookAlikeLead = await createUser(db, [[Role.LEAD_EVALUATOR, lookAlike]]);
  deputy = await createUser(db, [[Role.PROVINCIAL_PLANNING_DEPUTY, cast.tree.provincial]]);
  const otherDeputy = await createUser(db, [[Role.PROVINCIAL_PLANNING_DEPUTY, cast.tree.provincial]]);

  const mine = await createIndicator(db, cast);
  ids = {
    mine: mine.id,
    wild: (await createIndicator(db, cast, { organisationUnitId: wild.id })).id,
    lookAlike: (await createIndicator(db, cast, { organisationUnitId: lookAlike.id })).id,
  };
  referrals = {
    toEntrant: await referral(mine.id, cast.approver, cast.entrant, cast.tree.provincial.id),
    toOther: await referral(mine.id, cast.approver, cast.otherEntrant, cast.tree.provincial.id),
    inLookAlike: await referral(ids.lookAlike, lookAlikeLead, lookAlikeLead, lookAlike.id),
  };
  proposals = { deputy: await proposal(deputy), otherDeputy: await proposal(otherDeputy) };
});
afterAll(async () => {
  await api.stop();
});

describe('performance policy on real rows', () => {
  it("shows each role the indicators of its subtree's agencies; a `_` in a unit code is no wildcard", async () => {
    const all = [ids.mine, ids.wild, ids.lookAlike];
    const indicators = (principal: UserPrincipal) => visible('indicator', 'i', indicatorVisibility(principal), all);
    expect(await indicators(principalOf(cast.seniorLead, Role.SENIOR_LEAD, root))).toEqual(sorted(...all));
    expect(await indicators(principalOf(cast.lead, Role.LEAD_EVALUATOR, cast.tree.ministry))).toEqual([ids.mine]);
    expect(await indicators(principalOf(wildLead, Role.LEAD_EVALUATOR, wild))).toEqual([ids.wild]);
    expect(await indicators(principalOf(lookAlikeLead, Role.LEAD_EVALUATOR, lookAlike))).toEqual([ids.lookAlike]);
    expect(await indicators(principalOf(cast.approver, Role.APPROVER, cast.tree.subsidiary))).toEqual([]);
  });

  it('shows a data entrant only his referrals, the others also those they made or made into their subtree', async () => {
    const all = Object.values(referrals);
    const seen = (principal: UserPrincipal) => visible('referral', 'r', referralVisibility(principal), all);
    expect(await seen(principalOf(cast.entrant, Role.DATA_ENTRANT, cast.tree.provincial))).toEqual([referrals.toEntrant]);
    // Same unit as the entrant: a data entrant does not see his colleague's referral.
    expect(await seen(principalOf(cast.otherEntrant, Role.DATA_ENTRANT, cast.tree.provincial))).toEqual([referrals.toOther]);
    // The approver made both (and the province is in his subtree); the lead evaluator has the province in his subtree.
    expect(await seen(principalOf(cast.approver, Role.APPROVER, cast.tree.subsidiary))).toEqual(
      sorted(referrals.toEntrant, referrals.toOther),
    );
    expect(await seen(principalOf(cast.lead, Role.LEAD_EVALUATOR, cast.tree.ministry))).toEqual(
      sorted(referrals.toEntrant, referrals.toOther),
    );
    // A `_` in the lead's unit code does not open the look-alike ministry's referrals.
    expect(await seen(principalOf(wildLead, Role.LEAD_EVALUATOR, wild))).toEqual([]);
    expect(await seen(principalOf(lookAlikeLead, Role.LEAD_EVALUATOR, lookAlike))).toEqual([referrals.inLookAlike]);
    // The referrals he made stay visible to the approver from any unit; an approver of another branch sees none.
    expect(await seen(principalOf(cast.approver, Role.APPROVER, cast.tree.hq))).toEqual(sorted(referrals.toEntrant, referrals.toOther));
    const stranger = await createUser(db, [[Role.APPROVER, cast.tree.hq]]);
    expect(await seen(principalOf(stranger, Role.APPROVER, cast.tree.hq))).toEqual([]);
  });

  it('shows a data entrant the chain he delegated, and what goes with it: entries, people, the indicator', async () => {
    const indicator = await createIndicator(db, cast);
    const sub = await createUser(db, [[Role.DATA_ENTRANT, cast.tree.provincial]]);
    const subSub = await createUser(db, [[Role.DATA_ENTRANT, cast.tree.provincial]]);
    await db.getRepository(UserAccount).update({ id: sub.id }, { superiorId: cast.entrant.id });
    await db.getRepository(UserAccount).update({ id: subSub.id }, { superiorId: sub.id });
    const mine = await referral(indicator.id, cast.approver, cast.entrant, cast.tree.provincial.id);
    const beside = await referral(indicator.id, cast.approver, cast.otherEntrant, cast.tree.provincial.id);
    const delegated = await referral(indicator.id, cast.entrant, sub, cast.tree.provincial.id, mine);
    const below = await referral(indicator.id, sub, subSub, cast.tree.provincial.id, delegated);
    const chain = [mine, beside, delegated, below];
    for (const referralId of chain) {
      await db
        .getRepository(PerformanceEntry)
        .save({ referralId, value: '1', evidenceFileIds: [], updatedBy: cast.approver.id, updatedAt: new Date() });
    }
    const as = (user: TestUser) => principalOf(user, Role.DATA_ENTRANT, cast.tree.provincial);
    const entries = async (principal: UserPrincipal) =>
      (
        await db
          .createQueryBuilder()
          .select('e.referral_id', 'id')
          .from('performance_entry', 'e')
          .where('e.referral_id IN (:...chain)', { chain })
          .andWhere(entryVisibility(principal).sql, entryVisibility(principal).params)
          .getRawMany<{ id: string }>()
      )
        .map((r) => r.id)
        .sort();

    expect(await visible('referral', 'r', referralVisibility(as(cast.entrant)), chain)).toEqual(sorted(mine, delegated, below));
    expect(await visible('referral', 'r', referralVisibility(as(sub)), chain)).toEqual(sorted(delegated, below));
    expect(await visible('referral', 'r', referralVisibility(as(subSub)), chain)).toEqual([below]);
    expect(await visible('referral', 'r', referralVisibility(as(cast.otherEntrant)), chain)).toEqual([beside]);
    expect(await entries(as(cast.entrant))).toEqual(sorted(mine, delegated, below));
    expect(await entries(as(sub))).toEqual(sorted(delegated, below));
    // The approver made the two top ones; the chain below sits in his subtree.
    expect(await entries(principalOf(cast.approver, Role.APPROVER, cast.tree.subsidiary))).toEqual(sorted(...chain));

    const people = [cast.approver.id, cast.entrant.id, cast.otherEntrant.id, sub.id, subSub.id, cast.lead.id];
    // The entrant: himself, his subordinate, and the parties of what he sees; not his colleague, not the lead above.
    expect(await visible('user_account', 'u', personVisibility(as(cast.entrant)), people)).toEqual(
      sorted(cast.approver.id, cast.entrant.id, sub.id, subSub.id),
    );
    expect(await visible('user_account', 'u', personVisibility(as(subSub)), people)).toEqual(sorted(sub.id, subSub.id));
    // The indicator: outside a data entrant's subtree, yet the subject of his referral.
    expect(await visible('indicator', 'i', indicatorVisibility(as(cast.entrant)), [indicator.id])).toEqual([]);
    expect(await visible('indicator', 'i', reachableIndicator(as(cast.entrant)), [indicator.id])).toEqual([indicator.id]);
    const stranger = await createUser(db, [[Role.DATA_ENTRANT, cast.tree.provincial]]);
    expect(await visible('indicator', 'i', reachableIndicator(as(stranger)), [indicator.id])).toEqual([]);
    expect(await visible('user_account', 'u', personVisibility(as(stranger)), people)).toEqual([]);
  });

  it('shows the senior lead every proposal and anyone else only his own', async () => {
    const all = Object.values(proposals);
    const seen = (principal: UserPrincipal) => visible('indicator_proposal', 'p', proposalVisibility(principal), all);
    expect(await seen(principalOf(cast.seniorLead, Role.SENIOR_LEAD, root))).toEqual(sorted(...all));
    expect(await seen(principalOf(deputy, Role.PROVINCIAL_PLANNING_DEPUTY, cast.tree.provincial))).toEqual([proposals.deputy]);
    expect(await seen(principalOf(cast.lead, Role.LEAD_EVALUATOR, cast.tree.ministry))).toEqual([]);
  });
});
