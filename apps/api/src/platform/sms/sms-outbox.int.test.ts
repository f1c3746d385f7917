import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { uniqueMobile } from '../../test-support/accounts-fixtures';
import { EmbeddedSmsGateway } from './sms-gateway';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
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
    const two = await api.gql<{ smsOutbox: Array<{ to: string; text: string }> }>(OUTBOX, { to, limit: 2 });
    expect(two.errors).toBeUndefined();
    expect(two.data!.smsOutbox.map((m) => m.text)).toEqual(['سه', 'دو']);
    const all = await api.gql<{ smsOutbox: unknown[] }>(OUTBOX, { to });
    expect(all.data!.smsOutbox).toHaveLength(3);
  });

  it('refuses a page outside 1 to 200 and an over-long recipient as bad input, instead of bending them', async () => {
    for (const limit of [0, 201]) {
      expect((await api.gql(OUTBOX, { limit })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'limit' }] });
    }
    expect((await api.gql(OUTBOX, { to: '0'.repeat(21) })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to', constraints: ['maxLength'] }] });
    expect((await api.gql(OUTBOX, { limit: 200 })).errors).toBeUndefined();
  });
});
