import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type GraphQLResponse, type TestApi, type TestClient } from '../../test-support/test-api';
import { createTree, createUser, Role, signIn } from '../../test-support/accounts-fixtures';
import { ApiClientService } from '../api-clients';
import { RateLimiter } from '../../platform/rate-limit/rate-limiter';

/**
 * The households operations refuse what they used to cut short or pass to the database: an
 * over-long argument, an `ID` that is not a UUID, a page or list past its bound are BAD_USER_INPUT
 * naming the argument, before any rule or query runs.
 */
let api: TestApi;
let db: DataSource;
let admin: TestClient;
let registry: TestClient;
let office: TestClient;
let changes: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

const NOT_UUID = '12345';
const long = (length: number) => '1'.repeat(length);

/** The refusal's code and the argument paths it names. */
const refusal = (response: GraphQLResponse) => {
  const extensions = response.errors?.[0]?.extensions as { code?: string; fields?: Array<{ path: string }> } | undefined;
  return { code: extensions?.code, paths: (extensions?.fields ?? []).map((f) => f.path) };
};

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
  const tree = await createTree(db);
  admin = await signIn(api, await createUser(db, [[Role.SYSTEM_ADMIN, tree.ministry]]));
  registry = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, tree.hq]]));
  office = await signIn(api, await createUser(db, [[Role.ASSISTED_CHANNEL_OPERATOR, tree.hq]]));
  const created = await new ApiClientService(db, new RateLimiter(db)).create({
    name: 'سامانه آزمون مرزها',
    scopes: ['household:changes'],
    dailyQuota: 1000,
    ipAllowlist: [],
  });
  changes = (query, variables) => api.gql(query, variables, { authorization: `Bearer ${created.key}` });
});
afterAll(async () => {
  await api.stop();
});

describe('households arguments at the edge', () => {
  it('householdCluster refuses an over-long proof and a captcha ID that is not a UUID', async () => {
    const LOOKUP =
      'query($h: String!, $t: String!, $c: ID, $a: String) { householdCluster(headNationalId: $h, trackingCode: $t, memberCount: 2, captchaId: $c, captchaAnswer: $a) { incomeCluster } }';
    const client = api.client({ ip: '10.66.0.1' });
    expect(refusal(await client.gql(LOOKUP, { h: long(65), t: '1' }))).toEqual({ code: 'BAD_USER_INPUT', paths: ['headNationalId'] });
    expect(refusal(await client.gql(LOOKUP, { h: '0013542419', t: long(65) }))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['trackingCode'],
    });
    expect(refusal(await client.gql(LOOKUP, { h: '0013542419', t: '1', a: long(17) }))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['captchaAnswer'],
    });
    expect(refusal(await client.gql(LOOKUP, { h: '0013542419', t: '1', c: NOT_UUID, a: 'abcde' }))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['captchaId'],
    });
  });

  it('confirmations and objections refuse a non-UUID captcha ID and an over-long reason', async () => {
    const proof = { headNationalId: '0013542419', trackingCode: '12345678901234', memberCount: 2 };
    const client = api.client({ ip: '10.66.0.2' });
    const confirm = await client.gql('mutation($input: HouseholdProofInput!) { confirmHousehold(input: $input) { id } }', {
      input: { ...proof, captchaId: NOT_UUID, captchaAnswer: 'abcde' },
    });
    expect(refusal(confirm)).toEqual({ code: 'BAD_USER_INPUT', paths: ['captchaId'] });
    const OBJECT =
      'mutation($input: HouseholdProofInput!, $reason: String!) { fileClusterObjection(input: $input, body: CIVIL_REGISTRY, reason: $reason) { id } }';
    expect(refusal(await client.gql(OBJECT, { input: proof, reason: 'ب'.repeat(2001) }))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['reason'],
    });
  });

  it('the objection queue refuses a page past its bounds, and resolving one an ID that is not a UUID or an over-long resolution', async () => {
    const QUEUE =
      'query($offset: Int!, $limit: Int!) { clusterObjections(body: CIVIL_REGISTRY, offset: $offset, limit: $limit) { total } }';
    expect(refusal(await registry.gql(QUEUE, { offset: 0, limit: 201 }))).toEqual({ code: 'BAD_USER_INPUT', paths: ['limit'] });
    expect(refusal(await registry.gql(QUEUE, { offset: -1, limit: 20 }))).toEqual({ code: 'BAD_USER_INPUT', paths: ['offset'] });
    expect((await registry.gql(QUEUE, { offset: 0, limit: 200 })).errors).toBeUndefined();
    const RESOLVE = 'mutation($id: ID!, $r: String!) { resolveClusterObjection(id: $id, accepted: false, resolution: $r) { id } }';
    expect(refusal(await registry.gql(RESOLVE, { id: NOT_UUID, r: 'پاسخ' }))).toEqual({ code: 'BAD_USER_INPUT', paths: ['id'] });
    expect(refusal(await registry.gql(RESOLVE, { id: '00000000-0000-4000-8000-000000000000', r: 'ب'.repeat(2001) }))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['resolution'],
    });
  });

  it('the pilot and the campaign refuse an over-long national ID and IDs that are not UUIDs', async () => {
    expect(
      refusal(await office.gql('mutation($n: String!) { subsidyServiceRequest(nationalId: $n, service: DEATH) { id } }', { n: long(65) })),
    ).toEqual({ code: 'BAD_USER_INPUT', paths: ['nationalId'] });
    const pilot = {
      startsAt: '2024-07-10T00:00:00+03:30',
      prefixes: ['657'],
      refusalMessage: 'پیام رد درخواست',
      portalUrl: 'https://ncr.ir',
      active: true,
    };
    expect(
      refusal(
        await admin.gql('mutation($id: ID!, $input: SubsidyPilotInput!) { updateSubsidyPilot(id: $id, input: $input) { id } }', {
          id: NOT_UUID,
          input: pilot,
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', paths: ['id'] });
    const tooLong = await admin.gql(
      'mutation($id: ID!, $input: SubsidyPilotInput!) { updateSubsidyPilot(id: $id, input: $input) { id } }',
      { id: '00000000-0000-4000-8000-000000000000', input: { ...pilot, portalUrl: `https://ncr.ir/${long(2000)}` } },
    );
    expect(refusal(tooLong)).toEqual({ code: 'BAD_USER_INPUT', paths: ['portalUrl'] });
    const window = { startDate: '2026-01-01', endDate: '2026-01-02' };
    expect(
      refusal(
        await admin.gql('mutation($id: ID!, $input: CampaignWindowInput!) { updateCampaignWindow(id: $id, input: $input) { id } }', {
          id: NOT_UUID,
          input: window,
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', paths: ['id'] });
  });

  it('the inquiry and the feed refuse an over-long national ID or cursor, a list past its bound and a household ID that is not a UUID', async () => {
    expect(refusal(await registry.gql('query($n: String!) { householdStructure(nationalId: $n) { id } }', { n: long(65) }))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['nationalId'],
    });
    expect(refusal(await registry.gql('query($id: ID!) { householdTimeline(householdId: $id) { id } }', { id: NOT_UUID }))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['householdId'],
    });
    expect(
      refusal(await changes('query($a: String) { householdChanges(after: $a, first: 10) { pageInfo { endCursor } } }', { a: long(65) })),
    ).toEqual({ code: 'BAD_USER_INPUT', paths: ['after'] });
    expect(refusal(await changes('{ dailyChangeFiles(limit: 367) { day } }'))).toEqual({ code: 'BAD_USER_INPUT', paths: ['limit'] });
    expect(refusal(await changes('{ dailyChangeFiles(limit: 0) { day } }'))).toEqual({ code: 'BAD_USER_INPUT', paths: ['limit'] });
  });

  it('webhooks refuse an over-long URL, a subscription ID that is not a UUID and a list past its bound', async () => {
    expect(
      refusal(await changes('mutation($u: String!) { subscribeWebhook(url: $u) { secret } }', { u: `https://example.org/${long(2000)}` })),
    ).toEqual({ code: 'BAD_USER_INPUT', paths: ['url'] });
    expect(refusal(await admin.gql('query($s: ID) { webhookDeliveries(subscriptionId: $s) { id } }', { s: NOT_UUID }))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['subscriptionId'],
    });
    expect(refusal(await admin.gql('{ webhookDeliveries(limit: 501) { id } }'))).toEqual({ code: 'BAD_USER_INPUT', paths: ['limit'] });
  });

  it('the SMS simulator refuses an over-long text and a malformed sender', async () => {
    const SIMULATE = 'mutation($f: String!, $t: String!) { simulateInboundSms(from: $f, text: $t) { reply } }';
    expect(refusal(await api.gql(SIMULATE, { f: '09351234567', t: long(1001) }))).toEqual({ code: 'BAD_USER_INPUT', paths: ['text'] });
    expect(refusal(await api.gql(SIMULATE, { f: '12345', t: '0013542419' }))).toEqual({ code: 'BAD_USER_INPUT', paths: ['from'] });
  });
});
