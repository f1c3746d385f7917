import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import {
  createTree,
  createUser,
  Role,
  solvedCaptcha,
  uniqueNationalId,
  type Tree,
  type TestUser,
} from '../../test-support/accounts-fixtures';
import { RegistrationRequest } from './registration-request.entity';

interface Received {
  path: string;
  auth: string | undefined;
  body: Record<string, unknown>;
}

/** A stand-in for the civil registry, Shahkar and the SMS gateway on loopback; `hang` never answers. */
function fakeServices(mode: { hang: boolean }) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      received.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw || '{}') as Record<string, unknown> });
      if (mode.hang) return; // the socket stays open: only the caller's timeout ends it
      res.setHeader('content-type', 'application/json');
      if (req.url === '/registry/person-inquiry')
        res.end(JSON.stringify({ found: true, firstName: 'نرگس', lastName: 'صالحی', alive: true }));
      else if (req.url === '/shahkar/mobile-match') res.end(JSON.stringify({ match: true }));
      else res.end('{}');
    });
  });
  return { server, received };
}

const SUBMIT = 'mutation($input: RegistrationInput!) { submitRegistrationRequest(input: $input) { trackingCode } }';

describe('outside services over HTTP', () => {
  const mode = { hang: false };
  const fake = fakeServices(mode);
  let api: TestApi;
  let db: DataSource;
  let tree: Tree;
  let approver: TestUser;

  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    api = await startTestApi({
      REGISTRY_PROVIDER: 'http',
      CIVIL_REGISTRY_URL: `${base}/registry`,
      SHAHKAR_URL: `${base}/shahkar`,
      REGISTRY_API_KEY: 'registry-key',
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: `${base}/sms`,
      SMS_GATEWAY_KEY: 'sms-key',
      OUTSIDE_TIMEOUT_MS: '300',
    });
    db = api.server.database.dataSource;
    tree = await createTree(db);
    approver = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
  });
  afterAll(async () => {
    await api.stop();
    fake.server.closeAllConnections();
    await new Promise((resolve) => fake.server.close(resolve));
  });

  const FORGOT = 'mutation($input: ForgotPasswordInput!) { forgotPassword(input: $input) { challengeId } }';
  async function forgot(nationalId: string, mobile: string) {
    const client = api.client();
    return client.gql<{ forgotPassword: { challengeId: string } }>(FORGOT, {
      input: { nationalId, mobile, ...(await solvedCaptcha(client)) },
    });
  }

  it('answers a forgotten password before the gateway does, so a right pair looks like a wrong one even when the gateway hangs', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const sentTo = () => fake.received.filter((r) => r.path === '/sms' && r.body.to === user.mobile);
    mode.hang = true;
    try {
      const right = await forgot(user.nationalId, user.mobile);
      const wrong = await forgot(user.nationalId, '09129999999');
      expect(right.errors).toBeUndefined();
      expect(Object.keys(right.data!.forgotPassword)).toEqual(Object.keys(wrong.data!.forgotPassword));
      expect(wrong.errors).toBeUndefined();
    } finally {
      mode.hang = false;
    }
    // The code still left for the right pair (once), after the answer; nothing for the wrong one.
    await expect.poll(() => sentTo().length).toBe(1);
    expect(String(sentTo()[0]!.body.text)).toMatch(/کد بازیابی گذرواژهٔ شما [۰-۹]{6} است/);
    await forgot(user.nationalId, user.mobile);
    await expect.poll(() => sentTo().length).toBe(2);
  });

  async function submit(nationalId: string) {
    const client = api.client();
    return client.gql<{ submitRegistrationRequest: { trackingCode: string } }>(SUBMIT, {
      input: {
        nationalId,
        mobile: '09121112233',
        birthDate: '1990-03-21',
        officePhone: '021-61610000',
        post: 'کارشناس',
        approverMobile: approver.mobile,
        requestedRole: 'DATA_ENTRANT',
        organisationUnitId: tree.provincial.id,
        ...(await solvedCaptcha(client)),
      },
    });
  }

  it('asks the real services with their keys, and sends the approver SMS through the gateway', async () => {
    mode.hang = false;
    const nationalId = uniqueNationalId();
    const response = await submit(nationalId);
    expect(response.errors).toBeUndefined();
    expect(fake.received.find((r) => r.path === '/registry/person-inquiry')).toMatchObject({
      auth: 'Bearer registry-key',
      body: { nationalId, birthDate: '1990-03-21' },
    });
    expect(fake.received.find((r) => r.path === '/shahkar/mobile-match')).toMatchObject({
      auth: 'Bearer registry-key',
      body: { nationalId, mobile: '09121112233' },
    });
    const sms = fake.received.find((r) => r.path === '/sms' && r.body.to === approver.mobile);
    expect(sms).toMatchObject({ auth: 'Bearer sms-key', body: { to: approver.mobile } });
    expect(String(sms!.body.text)).toContain(response.data!.submitRegistrationRequest.trackingCode);
  });

  it('gives a coded error after the timeout when a service does not answer, and records nothing', async () => {
    mode.hang = true;
    const nationalId = uniqueNationalId();
    const started = Date.now();
    const response = await submit(nationalId);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'OUTSIDE_SERVICE_UNAVAILABLE',
      service: 'civil-registry',
      reason: 'TIMEOUT',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await db.getRepository(RegistrationRequest).countBy({ nationalId })).toBe(0);
  });

  it('has no SMS outbox to read when the real gateway is configured', async () => {
    const response = await api.gql('{ smsOutbox { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
  });
});
