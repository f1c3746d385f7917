import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type GraphQLResponse, type TestApi, type TestClient } from '../../test-support/test-api';
import { createTree, createUser, Role, signIn } from '../../test-support/accounts-fixtures';
import { createHousehold } from '../../test-support/households-fixtures';
import { AuditEvent, AuditOutcome } from '../../platform/audit/audit-event.entity';

let api: TestApi;
let db: DataSource;
let admin: TestClient;
let operator: TestClient;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
  const tree = await createTree(db);
  admin = await signIn(api, await createUser(db, [[Role.SYSTEM_ADMIN, tree.hq]]));
  operator = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, tree.hq]]));
});
afterAll(async () => {
  await api.stop();
});

const CLIENT_FIELDS = 'id name keyPrefix active';
const CREATE = `mutation($input: ApiClientInput!) { createApiClient(input: $input) { key client { ${CLIENT_FIELDS} } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateApiClient(id: $id) { ${CLIENT_FIELDS} } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateApiClient(id: $id) { ${CLIENT_FIELDS} } }`;
const ROTATE = `mutation($id: ID!) { rotateApiClientKey(id: $id) { key client { ${CLIENT_FIELDS} } } }`;
const CLIENTS = `{ apiClients { ${CLIENT_FIELDS} } }`;
const STRUCTURE = 'query($n: String!) { householdStructure(nationalId: $n) { id head { nationalId } } }';
const PUBLIC = '{ nationalIdInfo(nationalId: "0013542419") { valid } }';

interface ClientView {
  id: string;
  name: string;
  keyPrefix: string;
  active: boolean;
}

let created = 0;
/** A client made by the administrator through the API, with its key. */
async function newClient(scopes = ['household:read', 'household:changes']): Promise<{ client: ClientView; key: string }> {
  created += 1;
  const response = await admin.gql<{ createApiClient: { key: string; client: ClientView } }>(CREATE, {
    input: { name: `سامانه آزمون کلید ${created}`, scopes, dailyQuota: 1000 },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.createApiClient;
}

const withKey = <T>(key: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> =>
  api.gql<T>(query, variables, { authorization: `Bearer ${key}` });
/** The zero-file route (a plain HTTP route, not GraphQL) with the key: its status and the code of a refusal. */
async function zeroFile(key: string): Promise<{ status: number; code: string | null }> {
  const response = await fetch(`${api.url}/households/zero-file`, { headers: { authorization: `Bearer ${key}` } });
  const body = await response.text();
  return {
    status: response.status,
    code: response.ok
      ? null
      : ((JSON.parse(body) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code ?? null),
  };
}
const auditOf = (action: string, targetId: string) =>
  db.getRepository(AuditEvent).find({ where: { action, targetId }, order: { id: 'ASC' } });
const servedTo = (clientId: string) => db.getRepository(AuditEvent).count({ where: { actorRole: `client:${clientId}` } });

/** The whole request was refused: the status, one coded error, no data at all. */
function expectRefused(response: GraphQLResponse, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
}

describe('API clients: deactivation and reactivation', () => {
  it('refuse a deactivated client’s key with API_CLIENT_INACTIVE on every operation and route, serve nothing, and audit the change', async () => {
    const household = await createHousehold(db, 1);
    const { client, key } = await newClient();
    expect(
      (await withKey<{ householdStructure: { id: string } }>(key, STRUCTURE, { n: household.headNationalId })).data!.householdStructure!.id,
    ).toBe(household.id);

    const deactivated = await admin.gql<{ deactivateApiClient: ClientView }>(DEACTIVATE, { id: client.id });
    expect(deactivated.errors).toBeUndefined();
    expect(deactivated.data!.deactivateApiClient).toMatchObject({ id: client.id, active: false, keyPrefix: client.keyPrefix });

    const served = await servedTo(client.id);
    expectRefused(await withKey(key, STRUCTURE, { n: household.headNationalId }), 403, 'API_CLIENT_INACTIVE');
    // Public operations are not answered either: the key itself is refused.
    expectRefused(await withKey(key, PUBLIC), 403, 'API_CLIENT_INACTIVE');
    expectRefused(await withKey(key, `mutation { subscribeWebhook(url: "https://example.org/h") { secret } }`), 403, 'API_CLIENT_INACTIVE');
    expect(await zeroFile(key)).toEqual({ status: 403, code: 'API_CLIENT_INACTIVE' });
    expect(await servedTo(client.id)).toBe(served);

    const listed = await admin.gql<{ apiClients: ClientView[] }>(CLIENTS);
    expect(listed.data!.apiClients.find((c) => c.id === client.id)?.active).toBe(false);
    const [audited] = await auditOf('api-clients.deactivate', client.id);
    expect(audited).toMatchObject({ outcome: 'SUCCESS', targetType: 'api_client', details: { wasActive: true } });
    expect(audited!.actorUserId).not.toBeNull();
  });

  it('serve a reactivated client again with the same key', async () => {
    const household = await createHousehold(db, 1);
    const { client, key } = await newClient();
    await admin.gql(DEACTIVATE, { id: client.id });
    expectRefused(await withKey(key, STRUCTURE, { n: household.headNationalId }), 403, 'API_CLIENT_INACTIVE');

    const reactivated = await admin.gql<{ reactivateApiClient: ClientView }>(REACTIVATE, { id: client.id });
    expect(reactivated.data!.reactivateApiClient).toMatchObject({ id: client.id, active: true });
    const answer = await withKey<{ householdStructure: { id: string } }>(key, STRUCTURE, { n: household.headNationalId });
    expect(answer.status).toBe(200);
    expect(answer.data!.householdStructure!.id).toBe(household.id);
    expect(await zeroFile(key)).toEqual({ status: 200, code: null });
    expect(await auditOf('api-clients.reactivate', client.id)).toHaveLength(1);
  });
});

describe('API clients: key rotation', () => {
  it('refuses the old key at once and serves the new one, shown once with a new prefix; only prefixes are audited', async () => {
    const household = await createHousehold(db, 1);
    const { client, key: oldKey } = await newClient();
    expect((await withKey(oldKey, STRUCTURE, { n: household.headNationalId })).errors).toBeUndefined();

    const rotated = await admin.gql<{ rotateApiClientKey: { key: string; client: ClientView } }>(ROTATE, { id: client.id });
    expect(rotated.errors).toBeUndefined();
    const { key: newKey, client: after } = rotated.data!.rotateApiClientKey;
    expect(newKey).toMatch(/^pk_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    expect(newKey).not.toBe(oldKey);
    expect(after).toMatchObject({ id: client.id, name: client.name, active: true });
    expect(after.keyPrefix).not.toBe(client.keyPrefix);
    expect(newKey.startsWith(`pk_${after.keyPrefix}_`)).toBe(true);

    expectRefused(await withKey(oldKey, STRUCTURE, { n: household.headNationalId }), 401, 'UNAUTHENTICATED');
    expectRefused(await withKey(oldKey, PUBLIC), 401, 'UNAUTHENTICATED');
    expect(await zeroFile(oldKey)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const answer = await withKey<{ householdStructure: { id: string } }>(newKey, STRUCTURE, { n: household.headNationalId });
    expect(answer.data!.householdStructure!.id).toBe(household.id);
    expect(await zeroFile(newKey)).toEqual({ status: 200, code: null });

    const [audited] = await auditOf('api-clients.rotate-key', client.id);
    expect(audited).toMatchObject({ outcome: 'SUCCESS', details: { previousPrefix: client.keyPrefix, prefix: after.keyPrefix } });
    const secretOf = (key: string) => key.slice(`pk_xxxxxxxxxx_`.length);
    const stored = JSON.stringify(await db.getRepository(AuditEvent).find({ where: { targetId: client.id } }));
    expect(stored).not.toContain(secretOf(newKey));
    expect(stored).not.toContain(secretOf(oldKey));
    expect(api.logText()).not.toContain(secretOf(newKey));
  });

  it('keeps a deactivated client deactivated: its new key is refused as inactive until it is reactivated', async () => {
    const { client } = await newClient();
    await admin.gql(DEACTIVATE, { id: client.id });
    const rotated = await admin.gql<{ rotateApiClientKey: { key: string; client: ClientView } }>(ROTATE, { id: client.id });
    expect(rotated.data!.rotateApiClientKey.client.active).toBe(false);
    const newKey = rotated.data!.rotateApiClientKey.key;
    expectRefused(await withKey(newKey, PUBLIC), 403, 'API_CLIENT_INACTIVE');
    await admin.gql(REACTIVATE, { id: client.id });
    expect((await withKey(newKey, PUBLIC)).status).toBe(200);
  });
});

describe('API clients: who may change them', () => {
  it('only a system administrator: other roles, anonymous callers and API clients are refused and nothing changes', async () => {
    const { client, key } = await newClient();
    const anonymous = api.client();
    for (const mutation of [DEACTIVATE, REACTIVATE, ROTATE]) {
      expect((await operator.gql(mutation, { id: client.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await anonymous.gql(mutation, { id: client.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await withKey(key, mutation, { id: client.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await operator.gql(CLIENTS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await admin.gql<{ apiClients: ClientView[] }>(CLIENTS);
    expect(listed.data!.apiClients.find((c) => c.id === client.id)).toEqual(client);
    expect((await withKey(key, PUBLIC)).status).toBe(200);
    for (const action of ['api-clients.deactivate', 'api-clients.reactivate', 'api-clients.rotate-key'])
      expect(await auditOf(action, client.id)).toEqual([]);
    const denied = await db
      .getRepository(AuditEvent)
      .find({ where: { action: 'mutation.rotateApiClientKey', outcome: AuditOutcome.DENIED } });
    expect(denied.length).toBeGreaterThanOrEqual(3);
  });

  it('answers NOT_FOUND for an unknown client id and BAD_USER_INPUT for a malformed one', async () => {
    expect((await admin.gql(DEACTIVATE, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await admin.gql(ROTATE, { id: 'not-a-uuid' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('API clients: the daily quota counts lookups, not requests', () => {
  async function clientWithQuota(dailyQuota: number): Promise<string> {
    created += 1;
    const response = await admin.gql<{ createApiClient: { key: string } }>(CREATE, {
      input: { name: `سامانه سهمیه ${created}`, scopes: ['household:read', 'household:changes'], dailyQuota },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createApiClient.key;
  }
  /** `count` aliases of householdStructure in one request, `a0` … */
  const aliases = (count: number) =>
    `query($n: String!) { ${Array.from({ length: count }, (_, i) => `a${i}: householdStructure(nationalId: $n) { id }`).join(' ')} }`;

  it('counts 15 aliases as 15 lookups, answers the fields that fit and QUOTA_EXCEEDED for the rest', async () => {
    const household = await createHousehold(db, 1);
    const key = await clientWithQuota(20);
    const first = await withKey<Record<string, { id: string }>>(key, aliases(15), { n: household.headNationalId });
    expect(first.errors).toBeUndefined();
    expect(Object.keys(first.data!)).toHaveLength(15);

    const second = await withKey<Record<string, { id: string } | null>>(key, aliases(15), { n: household.headNationalId });
    expect(second.status).toBe(200);
    // The first five in the document's order fit; the other ten are refused one by one.
    for (let i = 0; i < 5; i += 1) expect(second.data![`a${i}`]).toEqual({ id: household.id });
    for (let i = 5; i < 15; i += 1) expect(second.data![`a${i}`]).toBeNull();
    expect(second.errors?.map((e) => [e.path?.[0], e.extensions?.code]).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => [`a${i + 5}`, 'QUOTA_EXCEEDED']).sort(),
    );

    // Public fields count too, and a spent quota refuses the zero file as well.
    expect((await withKey(key, PUBLIC)).errors?.[0]?.extensions?.code).toBe('QUOTA_EXCEEDED');
    expect(await zeroFile(key)).toEqual({ status: 429, code: 'QUOTA_EXCEEDED' });
  });

  it('never answers more lookups than the quota when requests arrive at once', async () => {
    const household = await createHousehold(db, 1);
    const key = await clientWithQuota(30);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => withKey<Record<string, { id: string } | null>>(key, aliases(5), { n: household.headNationalId })),
    );
    const answered = answers.flatMap((a) => Object.values(a.data ?? {}).filter((v) => v !== null));
    const refused = answers.flatMap((a) => a.errors ?? []);
    expect(answered).toHaveLength(30);
    expect(refused).toHaveLength(20);
    for (const error of refused) expect(error.extensions?.code).toBe('QUOTA_EXCEEDED');
  });

  it('counts a download of the zero file as one lookup', async () => {
    const key = await clientWithQuota(2);
    expect((await zeroFile(key)).status).toBe(200);
    expect((await withKey(key, PUBLIC)).errors).toBeUndefined();
    expect(await zeroFile(key)).toEqual({ status: 429, code: 'QUOTA_EXCEEDED' });
  });
});
