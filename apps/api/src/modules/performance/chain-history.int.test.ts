import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi, type TestClient } from '../../test-support/test-api';
import { signIn } from '../../test-support/accounts-fixtures';
import { createCast, createIndicator, isoDaysFromToday, type Cast } from '../../test-support/performance-fixtures';
import { minimalPdf } from '../../platform/files/test-fixtures/samples';

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

async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await client.gql<T>(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function upload(client: TestClient, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(minimalPdf(name))], { type: 'application/pdf' }), name);
  const response = await fetch(`${api.url}/files/evidence`, { method: 'POST', headers: { cookie: client.cookie! }, body: form });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const REFER = 'mutation($id: ID!, $input: ReferInput!) { referIndicator(indicatorId: $id, input: $input) { id } }';
const REFER_FURTHER = 'mutation($id: ID!, $input: ReferInput!) { referFurther(referralId: $id, input: $input) { id } }';
const SAVE = 'mutation($id: ID!, $input: PerformanceEntryInput!) { savePerformanceEntry(referralId: $id, input: $input) { value } }';
const FINISH = 'mutation($id: ID!) { finishReferral(id: $id) { id } }';
const RETURN = 'mutation($id: ID!, $reason: String!) { returnReferral(id: $id, reason: $reason) { id } }';
const REVIEW = `query($p: ID!) { indicators(filter: { periodId: $p, status: REVIEW, offset: 0, limit: 50 }) { items {
  id history { kind referralId province reason actor { firstName lastName } assignee { firstName lastName } }
  topReferrals { children { entry { description keyObstacles improvementMeasures evidenceFiles { id name kind sizeBytes } } } }
} } }`;

type History = Array<{
  kind: string;
  referralId: string | null;
  reason: string | null;
  actor: { firstName: string } | null;
  assignee: { firstName: string } | null;
}>;

describe("an indicator's chain as the lead evaluator approves it", () => {
  it('shows the entry with its evidence files by name and size, and the history with who returned what and why', async () => {
    const indicator = await createIndicator(db, cast);
    const [top] = (
      await ok<{ referIndicator: Array<{ id: string }> }>(lead, REFER, {
        id: indicator.id,
        input: { breakdown: 'NONE', assigneeId: cast.approver.id, deadline: isoDaysFromToday(20) },
      })
    ).referIndicator;
    const [leaf] = (
      await ok<{ referFurther: Array<{ id: string }> }>(approver, REFER_FURTHER, {
        id: top!.id,
        input: { breakdown: 'NONE', assigneeId: cast.entrant.id, deadline: isoDaysFromToday(10) },
      })
    ).referFurther;
    const file = await upload(entrant, 'gozaresh-sal-1405.pdf');
    const entry = {
      value: '2600',
      description: 'شرح عملکرد',
      keyObstacles: 'کمبود لوله',
      improvementMeasures: 'خرید متمرکز',
      evidenceFileIds: [file],
    };
    await ok(entrant, SAVE, { id: leaf!.id, input: entry });
    await ok(entrant, FINISH, { id: leaf!.id });
    await ok(approver, RETURN, { id: leaf!.id, reason: 'مستندات با عدد نمی‌خواند' });
    await ok(entrant, SAVE, { id: leaf!.id, input: { ...entry, value: '2700' } });
    await ok(entrant, FINISH, { id: leaf!.id });
    await ok(approver, FINISH, { id: top!.id });

    const seen = await ok<{
      indicators: {
        items: Array<{ id: string; history: History; topReferrals: Array<{ children: Array<{ entry: Record<string, unknown> }> }> }>;
      };
    }>(lead, REVIEW, { p: cast.period.id });
    const row = seen.indicators.items.find((item) => item.id === indicator.id)!;
    expect(row.topReferrals[0]!.children[0]!.entry).toEqual({
      description: 'شرح عملکرد',
      keyObstacles: 'کمبود لوله',
      improvementMeasures: 'خرید متمرکز',
      evidenceFiles: [{ id: file, name: 'gozaresh-sal-1405.pdf', kind: 'PDF', sizeBytes: minimalPdf('gozaresh-sal-1405.pdf').length }],
    });
    const names = (event: History[number]) => [event.kind, event.actor?.firstName ?? null, event.assignee?.firstName ?? null, event.reason];
    expect(row.history.map(names)).toEqual([
      ['REFERRED', cast.lead.firstName, cast.approver.firstName, null],
      ['REFERRED', cast.approver.firstName, cast.entrant.firstName, null],
      ['ENTRY_SAVED', cast.entrant.firstName, cast.entrant.firstName, null],
      ['FINISHED', cast.entrant.firstName, cast.entrant.firstName, null],
      ['RETURNED', cast.approver.firstName, cast.entrant.firstName, 'مستندات با عدد نمی‌خواند'],
      ['ENTRY_SAVED', cast.entrant.firstName, cast.entrant.firstName, null],
      ['FINISHED', cast.entrant.firstName, cast.entrant.firstName, null],
      ['FINISHED', cast.approver.firstName, cast.approver.firstName, null],
    ]);
    expect(row.history.map((event) => event.referralId)).toEqual([
      top!.id,
      leaf!.id,
      leaf!.id,
      leaf!.id,
      leaf!.id,
      leaf!.id,
      leaf!.id,
      top!.id,
    ]);

    // The data entrant sees the steps of his own referral only, not those above him.
    const mine = await ok<{ referral: { indicator: { history: History } } }>(
      entrant,
      'query($id: ID!) { referral(id: $id) { indicator { history { kind referralId reason actor { firstName } assignee { firstName } } } } }',
      { id: leaf!.id },
    );
    expect(mine.referral.indicator.history.map((event) => event.kind)).toEqual([
      'REFERRED',
      'ENTRY_SAVED',
      'FINISHED',
      'RETURNED',
      'ENTRY_SAVED',
      'FINISHED',
    ]);
    expect(new Set(mine.referral.indicator.history.map((event) => event.referralId))).toEqual(new Set([leaf!.id]));
    // Someone outside the chain reaches nothing of it.
    const outside = await otherEntrant.gql('query($id: ID!) { referral(id: $id) { indicator { history { kind } } } }', { id: leaf!.id });
    expect(outside.data?.referral ?? null).toBeNull();
  });
});
