import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../../test-support/test-api';
import { createTree, createUser, Role, signIn } from '../../../test-support/accounts-fixtures';
import { createHousehold } from '../../../test-support/households-fixtures';
import { ApiClientService } from '../../api-clients';
import { RateLimiter } from '../../../platform/rate-limit/rate-limiter';
import { signature, WEBHOOK_JOB } from './webhook.service';

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
const DELIVERIES = 'query($s: ID) { webhookDeliveries(subscriptionId: $s) { attempt delivered statusCode nextAttemptAt } }';
const jobStatus = async (dedupeKey: string): Promise<string | null> => ((await db.query('SELECT status FROM job WHERE dedupe_key = $1', [dedupeKey])) as Array<{ status: string }>)[0]?.status ?? null;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  api = await startTestApi();
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('webhooks', () => {
  it('POST each change event signed with HMAC-SHA256 and an idempotency key, retry until a 2xx, and log every attempt', async () => {
    const client = await new ApiClientService(db, new RateLimiter(db)).create({ name: 'سامانه رفاهی', scopes: ['household:changes'], dailyQuota: 100, ipAllowlist: [] });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const subscribed = await api.gql<{ subscribeWebhook: { subscription: { id: string }; secret: string } }>('mutation($u: String!) { subscribeWebhook(url: $u) { subscription { id } secret } }', { u: url }, { authorization: `Bearer ${client.key}` });
    expect(subscribed.errors).toBeUndefined();
    const { secret, subscription } = subscribed.data!.subscribeWebhook;

    const operator = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, (await createTree(db)).hq]]));
    const household = await createHousehold(db, 1);
    const event = await operator.gql<{ registerVitalEvent: { id: string } }>('mutation($input: VitalEventInput!) { registerVitalEvent(input: $input) { id } }', {
      input: { type: 'DEATH', source: 'HOUSEHOLD_PORTAL', occurredOn: '2026-11-21', subjectNationalId: household.headNationalId },
    });
    const eventId = event.data!.registerVitalEvent.id;
    const job = `${WEBHOOK_JOB}:${subscription.id}:${eventId}`;
    const key = `${subscription.id}:${eventId}`;
    failFirst.add(key);

    // Other test files share the database and may run due jobs too: the job row tells the state.
    while ((await db.query('SELECT attempts FROM job WHERE dedupe_key = $1', [job]))[0].attempts < 1) await api.server.services.jobs.runDue(100);
    expect(mine(key)).toHaveLength(1);
    const [{ status, run_at: retryAt }] = (await db.query('SELECT status, run_at FROM job WHERE dedupe_key = $1', [job])) as [{ status: string; run_at: Date }];
    expect(status).toBe('PENDING');
    const admin = await signIn(api, await createUser(db, [[Role.SYSTEM_ADMIN, (await createTree(db)).hq]]));
    const waiting = await admin.gql<{ webhookDeliveries: Array<{ attempt: number; delivered: boolean; nextAttemptAt: string | null }> }>(DELIVERIES, { s: subscription.id });
    expect(waiting.data!.webhookDeliveries).toEqual([{ attempt: 1, delivered: false, statusCode: 503, nextAttemptAt: retryAt.toISOString() }]);
    await db.query(`UPDATE job SET run_at = now() WHERE dedupe_key = $1`, [job]);
    while ((await db.query('SELECT status FROM job WHERE dedupe_key = $1', [job]))[0].status !== 'DONE') await api.server.services.jobs.runDue(100);
    expect(mine(key)).toHaveLength(2);

    const last = mine(key)[1]!;
    expect(last.headers['idempotency-key']).toBe(`${subscription.id}:${eventId}`);
    expect(last.headers['x-pishkhan-signature']).toBe(signature(secret, String(last.headers['x-pishkhan-timestamp']), last.body));
    expect(JSON.parse(last.body)).toMatchObject({ id: eventId, type: 'DEATH', nationalIds: [household.headNationalId] });

    const log = await admin.gql<{ webhookDeliveries: Array<{ attempt: number; delivered: boolean; statusCode: number }> }>(DELIVERIES, { s: subscription.id });
    expect(log.data!.webhookDeliveries).toEqual([
      { attempt: 2, delivered: true, statusCode: 200, nextAttemptAt: null },
      { attempt: 1, delivered: false, statusCode: 503, nextAttemptAt: null },
    ]);
    const [{ status: done }] = (await db.query('SELECT status FROM job WHERE dedupe_key = $1', [job])) as [{ status: string }];
    expect(done).toBe('DONE');
  });

  it('are refused to signed-in people and to clients without household:changes', async () => {
    const reader = await new ApiClientService(db, new RateLimiter(db)).create({ name: 'خواننده', scopes: ['household:read'], dailyQuota: 100, ipAllowlist: [] });
    const refused = await api.gql('mutation { subscribeWebhook(url: "https://example.org/h") { secret } }', undefined, { authorization: `Bearer ${reader.key}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('send nothing to a deactivated client, not even what was queued before, and resume when it is reactivated', async () => {
    const client = await new ApiClientService(db, new RateLimiter(db)).create({ name: 'سامانه غیرفعال‌شونده', scopes: ['household:changes'], dailyQuota: 100, ipAllowlist: [] });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/paused`;
    const subscribed = await api.gql<{ subscribeWebhook: { subscription: { id: string } } }>('mutation($u: String!) { subscribeWebhook(url: $u) { subscription { id } } }', { u: url }, { authorization: `Bearer ${client.key}` });
    const subscriptionId = subscribed.data!.subscribeWebhook.subscription.id;
    const tree = await createTree(db);
    const admin = await signIn(api, await createUser(db, [[Role.SYSTEM_ADMIN, tree.hq]]));
    const operator = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, tree.hq]]));
    const death = async () => {
      const household = await createHousehold(db, 1);
      const event = await operator.gql<{ registerVitalEvent: { id: string } }>('mutation($input: VitalEventInput!) { registerVitalEvent(input: $input) { id } }', {
        input: { type: 'DEATH', source: 'HOUSEHOLD_PORTAL', occurredOn: '2026-11-21', subjectNationalId: household.headNationalId },
      });
      return event.data!.registerVitalEvent.id;
    };
    const setActive = async (active: boolean) => {
      const changed = await admin.gql(`mutation($id: ID!) { ${active ? 'reactivateApiClient' : 'deactivateApiClient'}(id: $id) { active } }`, { id: client.client.id });
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
