import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In, type DataSource } from 'typeorm';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../../test-support/test-api';
import { createTree, createUser, Role, signIn } from '../../../test-support/accounts-fixtures';
import { createHousehold } from '../../../test-support/households-fixtures';
import { ApiClientService } from '../../api-clients';
import { RateLimiter } from '../../../platform/rate-limit/rate-limiter';
import { MAX_ACTIVE_SUBSCRIPTIONS, signature, WEBHOOK_JOB, WebhookService } from './webhook.service';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { createLogger } from '../../../platform/logging/logger';
import { WebhookSubscription } from './webhook.entity';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

let api: TestApi;
let db: DataSource;
const received: Received[] = [];
/** Idempotency keys whose first delivery the receiver refuses (other files' events reach it too). */
const failFirst = new Set<string>();
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    const key = String(req.headers['idempotency-key']);
    res.statusCode = failFirst.delete(key) ? 503 : 200;
    res.end();
  });
});
const mine = (key: string) => received.filter((r) => r.headers['idempotency-key'] === key);
const DELIVERIES = 'query($s: ID) { webhookDeliveries(subscriptionId: $s) { eventId attempt delivered statusCode nextAttemptAt } }';
type Attempts = {
  webhookDeliveries: Array<{
    eventId: string;
    attempt: number;
    delivered: boolean;
    statusCode: number | null;
    nextAttemptAt: string | null;
  }>;
};
/** The attempts of one event (other test files' events reach the same subscription), without the event id. */
const attemptsOf = (response: { data?: Attempts | null }, eventId: string) =>
  response.data!.webhookDeliveries.filter((d) => d.eventId === eventId).map(({ eventId: _, ...rest }) => rest);
const jobStatus = async (dedupeKey: string): Promise<string | null> =>
  ((await db.query('SELECT status FROM job WHERE dedupe_key = $1', [dedupeKey])) as Array<{ status: string }>)[0]?.status ?? null;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  // The receiver listens on 127.0.0.1: only this setting (refused in production) lets webhooks go there.
  api = await startTestApi({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('webhooks', () => {
  it('POST each change event signed with HMAC-SHA256 and an idempotency key, retry until a 2xx, and log every attempt', async () => {
    const client = await new ApiClientService(db, new RateLimiter(db)).create({
      name: 'سامانه رفاهی',
      scopes: ['household:changes'],
      dailyQuota: 100,
      ipAllowlist: [],
    });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const subscribed = await api.gql<{ subscribeWebhook: { subscription: { id: string }; secret: string } }>(
      'mutation($u: String!) { subscribeWebhook(url: $u) { subscription { id } secret } }',
      { u: url },
      { authorization: `Bearer ${client.key}` },
    );
    expect(subscribed.errors).toBeUndefined();
    const { secret, subscription } = subscribed.data!.subscribeWebhook;

    const operator = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, (await createTree(db)).hq]]));
    const household = await createHousehold(db, 1);
    const event = await operator.gql<{ registerVitalEvent: { id: string } }>(
      'mutation($input: VitalEventInput!) { registerVitalEvent(input: $input) { id } }',
      {
        input: { type: 'DEATH', source: 'HOUSEHOLD_PORTAL', occurredOn: '2026-11-21', subjectNationalId: household.headNationalId },
      },
    );
    const eventId = event.data!.registerVitalEvent.id;
    const job = `${WEBHOOK_JOB}:${subscription.id}:${eventId}`;
    const key = `${subscription.id}:${eventId}`;
    failFirst.add(key);

    // Other test files share the database and may run due jobs too: the job row tells the state.
    while ((await db.query('SELECT attempts FROM job WHERE dedupe_key = $1', [job]))[0].attempts < 1)
      await api.server.services.jobs.runDue(100);
    expect(mine(key)).toHaveLength(1);
    const [{ status, run_at: retryAt }] = (await db.query('SELECT status, run_at FROM job WHERE dedupe_key = $1', [job])) as [
      { status: string; run_at: Date },
    ];
    expect(status).toBe('PENDING');
    const admin = await signIn(api, await createUser(db, [[Role.SYSTEM_ADMIN, (await createTree(db)).hq]]));
    const waiting = await admin.gql<Attempts>(DELIVERIES, { s: subscription.id });
    expect(attemptsOf(waiting, eventId)).toEqual([{ attempt: 1, delivered: false, statusCode: 503, nextAttemptAt: retryAt.toISOString() }]);
    await db.query(`UPDATE job SET run_at = now() WHERE dedupe_key = $1`, [job]);
    while ((await db.query('SELECT status FROM job WHERE dedupe_key = $1', [job]))[0].status !== 'DONE')
      await api.server.services.jobs.runDue(100);
    expect(mine(key)).toHaveLength(2);

    const last = mine(key)[1]!;
    expect(last.headers['idempotency-key']).toBe(`${subscription.id}:${eventId}`);
    expect(last.headers['x-pishkhan-signature']).toBe(signature(secret, String(last.headers['x-pishkhan-timestamp']), last.body));
    expect(JSON.parse(last.body)).toMatchObject({ id: eventId, type: 'DEATH', nationalIds: [household.headNationalId] });

    const log = await admin.gql<Attempts>(DELIVERIES, { s: subscription.id });
    expect(attemptsOf(log, eventId)).toEqual([
      { attempt: 2, delivered: true, statusCode: 200, nextAttemptAt: null },
      { attempt: 1, delivered: false, statusCode: 503, nextAttemptAt: null },
    ]);
    const [{ status: done }] = (await db.query('SELECT status FROM job WHERE dedupe_key = $1', [job])) as [{ status: string }];
    expect(done).toBe('DONE');
  });

  it('are refused to signed-in people and to clients without household:changes', async () => {
    const reader = await new ApiClientService(db, new RateLimiter(db)).create({
      name: 'خواننده',
      scopes: ['household:read'],
      dailyQuota: 100,
      ipAllowlist: [],
    });
    const refused = await api.gql('mutation { subscribeWebhook(url: "https://example.org/h") { secret } }', undefined, {
      authorization: `Bearer ${reader.key}`,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('send nothing to a deactivated client, not even what was queued before, and resume when it is reactivated', async () => {
    const client = await new ApiClientService(db, new RateLimiter(db)).create({
      name: 'سامانه غیرفعال‌شونده',
      scopes: ['household:changes'],
      dailyQuota: 100,
      ipAllowlist: [],
    });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/paused`;
    const subscribed = await api.gql<{ subscribeWebhook: { subscription: { id: string } } }>(
      'mutation($u: String!) { subscribeWebhook(url: $u) { subscription { id } } }',
      { u: url },
      { authorization: `Bearer ${client.key}` },
    );
    const subscriptionId = subscribed.data!.subscribeWebhook.subscription.id;
    const tree = await createTree(db);
    const admin = await signIn(api, await createUser(db, [[Role.SYSTEM_ADMIN, tree.hq]]));
    const operator = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, tree.hq]]));
    const death = async () => {
      const household = await createHousehold(db, 1);
      const event = await operator.gql<{ registerVitalEvent: { id: string } }>(
        'mutation($input: VitalEventInput!) { registerVitalEvent(input: $input) { id } }',
        {
          input: { type: 'DEATH', source: 'HOUSEHOLD_PORTAL', occurredOn: '2026-11-21', subjectNationalId: household.headNationalId },
        },
      );
      return event.data!.registerVitalEvent.id;
    };
    const setActive = async (active: boolean) => {
      const changed = await admin.gql(
        `mutation($id: ID!) { ${active ? 'reactivateApiClient' : 'deactivateApiClient'}(id: $id) { active } }`,
        { id: client.client.id },
      );
      expect(changed.errors).toBeUndefined();
    };

    const queuedBefore = await death();
    await setActive(false);
    const whileInactive = await death();
    expect(await jobStatus(`${WEBHOOK_JOB}:${subscriptionId}:${whileInactive}`)).toBeNull();
    while ((await jobStatus(`${WEBHOOK_JOB}:${subscriptionId}:${queuedBefore}`)) !== 'DONE') await api.server.services.jobs.runDue(100);
    expect(mine(`${subscriptionId}:${queuedBefore}`)).toHaveLength(0);
    expect((await admin.gql<{ webhookDeliveries: unknown[] }>(DELIVERIES, { s: subscriptionId })).data!.webhookDeliveries).toEqual([]);

    await setActive(true);
    const afterwards = await death();
    while ((await jobStatus(`${WEBHOOK_JOB}:${subscriptionId}:${afterwards}`)) !== 'DONE') await api.server.services.jobs.runDue(100);
    expect(mine(`${subscriptionId}:${afterwards}`)).toHaveLength(1);
  });
});

const SUBSCRIBE = 'mutation($u: String!) { subscribeWebhook(url: $u) { subscription { id url active } secret } }';
const UNSUBSCRIBE = 'mutation($id: ID!) { unsubscribeWebhook(id: $id) { id active } }';
type Subscribed = { subscribeWebhook: { subscription: { id: string; url: string; active: boolean }; secret: string } };

async function changesClient(
  name: string,
): Promise<{ id: string; gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>> }> {
  const created = await new ApiClientService(db, new RateLimiter(db)).create({
    name,
    scopes: ['household:changes'],
    dailyQuota: 1000,
    ipAllowlist: [],
  });
  return {
    id: created.client.id,
    gql: <T>(query: string, variables?: Record<string, unknown>) =>
      api.gql<T>(query, variables, { authorization: `Bearer ${created.key}` }),
  };
}

describe('webhook targets', () => {
  let strict: TestApi;
  beforeAll(async () => {
    strict = await startTestApi();
  });
  afterAll(async () => {
    await strict.stop();
  });

  it('refuse any URL whose host is or resolves to a loopback, private, link-local, unique-local, multicast or unspecified address', async () => {
    const created = await new ApiClientService(db, new RateLimiter(db)).create({
      name: 'سامانه کنجکاو',
      scopes: ['household:changes'],
      dailyQuota: 1000,
      ipAllowlist: [],
    });
    const port = (receiver.address() as AddressInfo).port;
    const urls = [
      `http://127.0.0.1:${port}/hook`,
      `http://localhost:${port}/hook`, // a name that resolves to loopback
      'http://127.8.9.10/',
      'http://2130706433/', // 127.0.0.1 written as one number
      'http://0x7f.1/',
      'http://0.0.0.0/',
      'http://10.1.2.3/',
      'http://172.20.0.1/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://169.254.169.254/latest/meta-data/', // cloud metadata
      'http://224.0.0.1/',
      'http://255.255.255.255/',
      'http://[::1]/',
      'http://[::]/',
      'http://[::ffff:127.0.0.1]/', // IPv4-mapped
      'http://[::ffff:a00:1]/', // IPv4-mapped 10.0.0.1, in hex
      'http://[64:ff9b::a9fe:a9fe]/', // NAT64 of 169.254.169.254
      'http://[2002:c0a8:101::1]/', // 6to4 of 192.168.1.1
      'http://[fe80::1]/',
      'http://[fd12:3456::1]/',
      'http://[ff02::1]/',
    ];
    for (const url of urls) {
      const refused = await strict.gql(SUBSCRIBE, { u: url }, { authorization: `Bearer ${created.key}` });
      expect([url, refused.errors?.[0]?.extensions?.code]).toEqual([url, 'WEBHOOK_URL_NOT_ALLOWED']);
    }
    expect(await db.getRepository(WebhookSubscription).countBy({ clientId: created.client.id })).toBe(0);
  });

  it('check the address again at connect time: a name that now resolves to loopback is not connected to (DNS rebinding)', async () => {
    const client = await changesClient('سامانه با نام جابه‌جاشونده');
    // A subscription whose name resolved to a public address when it was made, and resolves to
    // 127.0.0.1 now. The port is one nothing listens on: a refused connection would say so.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const subscription = await db
      .getRepository(WebhookSubscription)
      .save({ clientId: client.id, url: `http://localhost:${port}/rebound`, secret: 's', active: false });
    const literal = await db
      .getRepository(WebhookSubscription)
      .save({ clientId: client.id, url: `http://[::ffff:127.0.0.1]:${port}/rebound`, secret: 's', active: false });
    await db.getRepository(WebhookSubscription).update({ id: In([subscription.id, literal.id]) }, { active: true });
    const [{ id: eventId }] = (await db.query('SELECT id FROM household_change_event ORDER BY id DESC LIMIT 1')) as [{ id: string }];
    try {
      // A delivery service of its own (the strict settings), fed by no queue: the shared queue's jobs are other files' too.
      const strictService = new WebhookService(db, new JobQueue(db, createLogger('silent')), {
        production: false,
        allowPrivateTargets: false,
      });
      for (const id of [subscription.id, literal.id]) {
        await expect(strictService.deliver(id, eventId, 1)).rejects.toThrow('address not allowed');
        const [attempt] = await db.query('SELECT delivered, error FROM webhook_delivery WHERE subscription_id = $1', [id]);
        expect(attempt).toEqual({ delivered: false, error: 'address not allowed' });
      }
      // The same name with the setting of the tests connects (and finds the port closed).
      const permissive = new WebhookService(db, new JobQueue(db, createLogger('silent')), { production: false, allowPrivateTargets: true });
      await expect(permissive.deliver(subscription.id, eventId, 2)).rejects.toThrow('could not connect');
    } finally {
      await db.getRepository(WebhookSubscription).update({ id: In([subscription.id, literal.id]) }, { active: false });
    }
  });
});

describe('webhook subscriptions', () => {
  it(`are at most ${MAX_ACTIVE_SUBSCRIPTIONS} active per client; the same URL again is the same one; unsubscribing frees a place`, async () => {
    const client = await changesClient('سامانه با چند نشانی');
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/limit`;
    const made: Subscribed['subscribeWebhook'][] = [];
    for (let i = 0; i < MAX_ACTIVE_SUBSCRIPTIONS; i += 1) {
      const response = await client.gql<Subscribed>(SUBSCRIBE, { u: `${base}/${i}` });
      expect(response.errors).toBeUndefined();
      made.push(response.data!.subscribeWebhook);
    }
    const sixth = await client.gql(SUBSCRIBE, { u: `${base}/5` });
    expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: 'WEBHOOK_LIMIT_REACHED', max: MAX_ACTIVE_SUBSCRIPTIONS });

    // The same URL (written another way) is the same subscription, with a new secret.
    const again = await client.gql<Subscribed>(SUBSCRIBE, { u: `${base.replace('http://', 'HTTP://')}/0#fragment` });
    expect(again.data!.subscribeWebhook.subscription.id).toBe(made[0]!.subscription.id);
    expect(again.data!.subscribeWebhook.secret).not.toBe(made[0]!.secret);
    expect(await db.getRepository(WebhookSubscription).countBy({ clientId: client.id })).toBe(MAX_ACTIVE_SUBSCRIPTIONS);

    // Another client may not end it (as if it did not exist); its own client may.
    const other = await changesClient('سامانه دیگر');
    expect((await other.gql(UNSUBSCRIBE, { id: made[1]!.subscription.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await client.gql(UNSUBSCRIBE, { id: made[1]!.subscription.id })).data).toEqual({
      unsubscribeWebhook: { id: made[1]!.subscription.id, active: false },
    });
    expect((await client.gql(SUBSCRIBE, { u: `${base}/5` })).errors).toBeUndefined();
    expect((await client.gql(SUBSCRIBE, { u: `${base}/1` })).errors?.[0]?.extensions?.code).toBe('WEBHOOK_LIMIT_REACHED');
    await db.getRepository(WebhookSubscription).update({ clientId: client.id }, { active: false });
  });

  it('hold the limit and the one-subscription-per-URL rule when subscriptions arrive at once', async () => {
    const client = await changesClient('سامانه شتاب‌زده');
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/burst`;
    const distinct = await Promise.all(Array.from({ length: 9 }, (_, i) => client.gql<Subscribed>(SUBSCRIBE, { u: `${base}/${i}` })));
    expect(distinct.filter((r) => !r.errors)).toHaveLength(MAX_ACTIVE_SUBSCRIPTIONS);
    expect(distinct.filter((r) => r.errors?.[0]?.extensions?.code === 'WEBHOOK_LIMIT_REACHED')).toHaveLength(9 - MAX_ACTIVE_SUBSCRIPTIONS);
    await db.getRepository(WebhookSubscription).update({ clientId: client.id }, { active: false });

    const other = await changesClient('سامانه تکراری');
    const same = await Promise.all(Array.from({ length: 6 }, () => other.gql<Subscribed>(SUBSCRIBE, { u: `${base}/same` })));
    expect(new Set(same.map((r) => r.data?.subscribeWebhook.subscription.id)).size).toBe(1);
    expect(await db.getRepository(WebhookSubscription).countBy({ clientId: other.id })).toBe(1);
    await db.getRepository(WebhookSubscription).update({ clientId: other.id }, { active: false });
  });
});
