import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { uniqueMobile } from '../../test-support/accounts-fixtures';
import { EmbeddedSmsGateway } from './sms-gateway';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ TRUST_PROXY_HOPS: '1', DEV_SMS_LIMIT_PER_IP_MINUTE: '3' });
});
afterAll(async () => {
  await api.stop();
});

const OUTBOX = 'query($to: String, $limit: Int) { smsOutbox(to: $to, limit: $limit) { to text purpose } }';

describe('SMS outbox of the embedded gateway', () => {
  it("answers a recipient's newest messages, as many as asked", async () => {
    const to = uniqueMobile();
    const gateway = new EmbeddedSmsGateway(api.server.database.dataSource);
    for (const text of ['یک', 'دو', 'سه']) await gateway.send(to, text, 'TEST');
    const reader = api.client({ ip: '10.7.0.1' });
    const two = await reader.gql<{ smsOutbox: Array<{ to: string; text: string }> }>(OUTBOX, { to, limit: 2 });
    expect(two.errors).toBeUndefined();
    expect(two.data!.smsOutbox.map((m) => m.text)).toEqual(['سه', 'دو']);
    const all = await reader.gql<{ smsOutbox: unknown[] }>(OUTBOX, { to });
    expect(all.data!.smsOutbox).toHaveLength(3);
  });

  it('refuses a page outside 1 to 200 and an over-long recipient as bad input, instead of bending them', async () => {
    const client = api.client({ ip: '10.7.0.2' });
    for (const limit of [0, 201]) {
      expect((await client.gql(OUTBOX, { limit })).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'limit' }],
      });
    }
    expect((await client.gql(OUTBOX, { to: '0'.repeat(21) })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'to', constraints: ['maxLength'] }],
    });
    expect((await api.client({ ip: '10.7.0.3' }).gql(OUTBOX, { limit: 200 })).errors).toBeUndefined();
  });

  it('is limited per address (3 a minute in this file), the inbound SMS simulator with it', async () => {
    const client = api.client({ ip: '10.7.0.4' });
    // Seven calls at once: however the minute's boundary falls, one window gets more than three.
    const calls = await Promise.all([
      ...Array.from({ length: 5 }, () => client.gql(OUTBOX, { limit: 1 })),
      ...Array.from({ length: 2 }, () => client.gql('mutation { simulateInboundSms(from: "09351234567", text: "راهنما") { reply } }')),
    ]);
    const refused = calls.filter((call) => call.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(4);
    for (const call of refused) expect(call.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(calls.filter((call) => call.errors === undefined)).toHaveLength(7 - refused.length);
  });
});
