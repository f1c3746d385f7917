import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi, type TestClient } from '../../test-support/test-api';
import { createUser, Role, signIn } from '../../test-support/accounts-fixtures';
import { createCast, createIndicator, isoDaysFromToday, type Cast } from '../../test-support/performance-fixtures';
import { countSql } from '../../test-support/sql-count';
import { Referral, ReferralStatus } from './referral.entity';
import { IndicatorCategory } from './indicator.entity';

let api: TestApi;
let db: DataSource;
let cast: Cast;
let lead: TestClient;
let approver: TestClient;
let entrant: TestClient;
let otherEntrant: TestClient;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
  cast = await createCast(db);
  [lead, approver, entrant, otherEntrant] = await Promise.all([
    signIn(api, cast.lead),
    signIn(api, cast.approver),
    signIn(api, cast.entrant),
    signIn(api, cast.otherEntrant),
  ]);
});
afterAll(async () => {
  await api.stop();
});

/** Referrals straight in the table: many rows fast, for page-size tests. */
async function referralsTo(assigneeId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const indicator = await createIndicator(db, cast, {
      title: `شاخص ${i}`,
      category: i % 2 ? IndicatorCategory.SPECIFIC : IndicatorCategory.GENERAL,
    });
    const saved = await db.getRepository(Referral).save({
      indicatorId: indicator.id,
      parentId: null,
      referrerId: cast.lead.id,
      assigneeId,
      organisationUnitId: cast.tree.provincial.id,
      deadline: isoDaysFromToday(i % 3 === 0 ? -2 : 5),
      status: ReferralStatus.REFERRED,
      target: '10',
      province: null,
      returnReason: null,
    });
    ids.push(saved.id);
  }
  return ids;
}

const PAGE = `query($limit: Int!) { myReferrals(filter: { offset: 0, limit: $limit }) {
  total items { id deadline daysLeft overdue status target
    indicator { title target scoreCap category organisationUnit { name } period { title } }
    referrer { firstName lastName } assignee { firstName } organisationUnit { name } entry { value } children { id } } } }`;

describe('cartables', () => {
  it('resolve a page of referrals in the same number of SQL statements whatever its size', async () => {
    const heavy = await createUser(db, [[Role.DATA_ENTRANT, cast.tree.provincial]]);
    await referralsTo(heavy.id, 25);
    const session = await signIn(api, heavy);
    const small = await countSql(db, () => session.gql(PAGE, { limit: 5 }));
    const large = await countSql(db, () => session.gql(PAGE, { limit: 25 }));
    const response = await session.gql<{
      myReferrals: { total: number; items: Array<{ overdue: boolean; indicator: { title: string } }> };
    }>(PAGE, { limit: 25 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.myReferrals.items).toHaveLength(25);
    expect(response.data!.myReferrals.items.filter((r) => r.overdue).length).toBe(9);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
  });

  it('show a data entrant only what was referred to him, an approver his subtree, a lead evaluator his ministry', async () => {
    const [mine] = await referralsTo(cast.entrant.id, 1);
    const [theirs] = await referralsTo(cast.otherEntrant.id, 1);
    const READ = 'query($id: ID!) { referral(id: $id) { id } }';
    expect((await entrant.gql(READ, { id: mine })).errors).toBeUndefined();
    expect((await entrant.gql(READ, { id: theirs })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await otherEntrant.gql(READ, { id: theirs })).errors).toBeUndefined();
    // The provincial unit is in the approver's subtree (subsidiary → provincial).
    expect((await approver.gql(READ, { id: theirs })).errors).toBeUndefined();
    const entrantList = await entrant.gql<{ myReferrals: { items: Array<{ id: string }> } }>('{ myReferrals { items { id } } }');
    expect(entrantList.data!.myReferrals.items.map((r) => r.id)).toContain(mine);
    expect(entrantList.data!.myReferrals.items.map((r) => r.id)).not.toContain(theirs);
    expect(
      (await entrant.gql('query($p: ID!) { indicators(filter: { periodId: $p }) { total } }', { p: cast.period.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');

    const otherMinistry = await createCast(db);
    const foreign = await createIndicator(db, otherMinistry);
    const leadList = await lead.gql<{ indicators: { items: Array<{ id: string }> } }>(
      'query($p: ID!) { indicators(filter: { periodId: $p, limit: 200 }) { items { id } } }',
      { p: otherMinistry.period.id },
    );
    expect(leadList.data!.indicators.items.map((i) => i.id)).not.toContain(foreign.id);
    const refer = await lead.gql('mutation($id: ID!, $input: ReferInput!) { referIndicator(indicatorId: $id, input: $input) { id } }', {
      id: foreign.id,
      input: { breakdown: 'NONE', assigneeId: cast.approver.id, deadline: isoDaysFromToday(5) },
    });
    expect(refer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuse ids that are not UUIDs, over-long lists and over-long reasons as bad input naming the argument', async () => {
    const [mine] = await referralsTo(cast.entrant.id, 1);
    const bad = async (session: TestClient, query: string, variables: Record<string, unknown>) =>
      (await session.gql(query, variables)).errors?.[0]?.extensions;
    expect(await bad(entrant, 'query($id: ID!) { referral(id: $id) { id } }', { id: 'abc' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'id' }],
    });
    expect(
      await bad(lead, 'query($p: ID!, $u: ID!) { scoringSheet(periodId: $p, organisationUnitId: $u) { total } }', {
        p: cast.period.id,
        u: '1',
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'organisationUnitId' }],
    });
    expect(await bad(lead, 'query($p: ID!) { indicators(filter: { periodId: $p }) { total } }', { p: 'abc' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'periodId', constraints: ['isUuid'] }],
    });
    const statuses = Array.from({ length: Object.values(ReferralStatus).length + 1 }, () => 'REFERRED');
    expect(
      await bad(entrant, 'query($s: [ReferralStatus!]) { myReferrals(filter: { statuses: $s }) { total } }', { s: statuses }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'statuses', constraints: ['arrayMaxSize'] }],
    });
    const SAVE = 'mutation($id: ID!, $input: PerformanceEntryInput!) { savePerformanceEntry(referralId: $id, input: $input) { value } }';
    expect(await bad(entrant, SAVE, { id: mine, input: { value: '1', evidenceFileIds: ['abc'] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'evidenceFileIds', constraints: ['isUuid'] }],
    });
    const tooMany = Array.from({ length: 21 }, () => '00000000-0000-4000-8000-000000000000');
    expect(await bad(entrant, SAVE, { id: mine, input: { value: '1', evidenceFileIds: tooMany } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'evidenceFileIds', constraints: ['arrayMaxSize'] }],
    });
    expect(
      await bad(lead, 'mutation($id: ID!, $r: String!) { returnReferral(id: $id, reason: $r) { id } }', { id: mine, r: 'د'.repeat(1001) }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'reason', constraints: ['maxLength'] }],
    });
    expect((await entrant.gql(SAVE, { id: mine, input: { value: '1' } })).errors).toBeUndefined();
  });

  it('give the lead evaluator the per-unit share of referred indicators and the days left', async () => {
    const fresh = await createCast(db);
    const leadSession = await signIn(api, fresh.lead);
    const general = await createIndicator(db, fresh, { category: IndicatorCategory.GENERAL });
    await createIndicator(db, fresh, { category: IndicatorCategory.GENERAL });
    await createIndicator(db, fresh, { category: IndicatorCategory.SPECIFIC });
    await leadSession.gql('mutation($id: ID!, $input: ReferInput!) { referIndicator(indicatorId: $id, input: $input) { id } }', {
      id: general.id,
      input: { breakdown: 'NONE', assigneeId: fresh.approver.id, deadline: isoDaysFromToday(5) },
    });
    const units = await leadSession.gql<{
      cartableUnits: Array<{ unit: { code: string }; generalReferredPercent: number; specificReferredPercent: number; daysLeft: number }>;
    }>('query($p: ID!) { cartableUnits(periodId: $p) { unit { code } generalReferredPercent specificReferredPercent daysLeft } }', {
      p: fresh.period.id,
    });
    expect(units.errors).toBeUndefined();
    const byCode = Object.fromEntries(units.data!.cartableUnits.map((u) => [u.unit.code, u]));
    expect(byCode[fresh.tree.subsidiary.code]).toMatchObject({ generalReferredPercent: 50, specificReferredPercent: 0, daysLeft: 30 });
    expect(byCode[fresh.tree.hq.code]).toMatchObject({ generalReferredPercent: 0 });
    expect(byCode[fresh.tree.ministry.code]).toMatchObject({ generalReferredPercent: 50 });
  });
});
