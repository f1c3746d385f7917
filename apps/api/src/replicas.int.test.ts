import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTree, createUser, LOGIN, PASSWORD, Role, uniqueNationalId, type TestUser } from './test-support/accounts-fixtures';
import { spawnApi, type ApiProcess } from './test-support/api-process';
import { freshDatabase, type FreshDatabase } from './test-support/fresh-database';
import { createHousehold } from './test-support/households-fixtures';
import { openCampaign } from './test-support/open-campaign';
import { createCast } from './test-support/performance-fixtures';
import { portOpen, waitFor } from './test-support/wait';
import { ApiClientService } from './modules/api-clients';
import { WEBHOOK_JOB } from './modules/households/webhooks/webhook.service';
import { OrganisationUnit, OrganisationUnitType } from './modules/organisations';
import { RateLimiter } from './platform/rate-limit/rate-limiter';

/**
 * Two API processes (`node src/main.ts` twice: each its own pool, job poller, limiter and memory)
 * on one database, as replicas behind a load balancer — in the PgBouncer run, both through the
 * run's PgBouncer in transaction pooling, as in deploy/compose.scale.yml.
 */
interface Answer<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
}

/** A browser (or a citizen's phone) that the load balancer may send to either process. */
class Caller {
  cookie: string | null = null;
  constructor(private readonly ip: string) {}

  async gql<T = Record<string, unknown>>(
    api: ApiProcess,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.ip,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? null : (pair ?? null);
    }
    return { status: response.status, ...((await response.json()) as Omit<Answer<T>, 'status'>) };
  }
}

const code = (answer: Answer<unknown>) => answer.errors?.[0]?.extensions?.code ?? 'OK';
const LOOKUP =
  'query($h: String!, $t: String!, $n: Int!, $c: ID, $a: String) { householdCluster(headNationalId: $h, trackingCode: $t, memberCount: $n, captchaId: $c, captchaAnswer: $a) { incomeCluster } }';
const NEW_CAPTCHA = 'mutation { newCaptcha { id } }';
const CAPTCHA_ANSWER = 'query($id: ID!) { devCaptchaAnswer(captchaId: $id) }';
const ME = '{ me { user { id nationalId } } }';
const PROPOSE = 'mutation($input: ProposalInput!) { proposeIndicator(input: $input) { id } }';
let ipCounter = 0;
const freshIp = () => `10.77.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

let database: FreshDatabase;
let db: DataSource;
let a: ApiProcess;
let b: ApiProcess;
const received: string[] = [];
const receiver = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    received.push(String(req.headers['idempotency-key']));
    res.end();
  });
});

/** Signs in through `first` with a captcha one process drew and the other read. */
async function signIn(user: TestUser, first: ApiProcess, second: ApiProcess): Promise<Caller> {
  const caller = new Caller(freshIp());
  const captcha = await caller.gql<{ newCaptcha: { id: string } }>(first, NEW_CAPTCHA);
  const answer = await caller.gql<{ devCaptchaAnswer: string }>(second, CAPTCHA_ANSWER, { id: captcha.data!.newCaptcha.id });
  const login = await caller.gql(first, LOGIN, {
    input: {
      nationalId: user.nationalId,
      password: PASSWORD,
      captchaId: captcha.data!.newCaptcha.id,
      captchaAnswer: answer.data!.devCaptchaAnswer,
    },
  });
  if (login.errors) throw new Error(`sign-in failed: ${JSON.stringify(login.errors)}`);
  return caller;
}

beforeAll(async () => {
  database = await freshDatabase('pishkhan_replicas');
  db = database.db;
  await openCampaign(db);
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const env = {
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    TRUST_PROXY_HOPS: '1',
    JOBS_ENABLED: 'true',
    JOBS_POLL_INTERVAL_MS: '100',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    CLUSTER_LIMIT_PER_IP_MINUTE: '5',
    CLUSTER_CAPTCHA_AFTER_ID_FAILURES: '3',
  };
  [a, b] = await Promise.all([spawnApi(env), spawnApi(env)]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await database?.drop();
});

describe('two API processes on one database', () => {
  it('share sessions: signed in on one, known on the other, signed out on the other, gone on both', async () => {
    const user = await createUser(db, [[Role.SYSTEM_ADMIN, (await createTree(db)).hq]]);
    const caller = await signIn(user, a, b);
    expect((await caller.gql<{ me: { user: { id: string } } }>(b, ME)).data!.me.user.id).toBe(user.id);
    expect((await caller.gql<{ me: { user: { id: string } } }>(a, ME)).data!.me.user.id).toBe(user.id);
    const cookie = caller.cookie;
    expect((await caller.gql(b, 'mutation { logout }')).errors).toBeUndefined();
    caller.cookie = cookie;
    expect((await caller.gql(a, ME)).data).toEqual({ me: null });
  });

  it('count rate limits across both: the sixth lookup of a minute from one address is refused, whichever process gets it', async () => {
    const caller = new Caller(freshIp());
    const codes: string[] = [];
    for (let i = 0; i < 8; i += 1)
      codes.push(code(await caller.gql(i % 2 ? b : a, LOOKUP, { h: uniqueNationalId(), t: '12345678901234', n: 2 })));
    expect(codes).toEqual([...Array.from({ length: 5 }, () => 'HOUSEHOLD_NOT_MATCHED'), 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('count captcha thresholds across both, and a captcha one drew is answered on the other', async () => {
    const household = await createHousehold(db, 2, { cluster: 6 });
    const wrong = { h: household.headNationalId, t: '00000000000000', n: 2 };
    const codes: string[] = [];
    // Three failed matches for one national ID, from three addresses, through both processes…
    for (const api of [a, b, a]) codes.push(code(await new Caller(freshIp()).gql(api, LOOKUP, wrong)));
    expect(codes).toEqual(['HOUSEHOLD_NOT_MATCHED', 'HOUSEHOLD_NOT_MATCHED', 'HOUSEHOLD_NOT_MATCHED']);
    // …and the head, at a fourth address, is asked for a captcha by the other one.
    const head = new Caller(freshIp());
    const right = { h: household.headNationalId, t: household.trackingCode, n: 2 };
    expect(code(await head.gql(b, LOOKUP, right))).toBe('CAPTCHA_REQUIRED');
    const captcha = await head.gql<{ newCaptcha: { id: string } }>(a, NEW_CAPTCHA);
    const answer = await head.gql<{ devCaptchaAnswer: string }>(b, CAPTCHA_ANSWER, { id: captcha.data!.newCaptcha.id });
    const answered = await head.gql<{ householdCluster: { incomeCluster: number } }>(b, LOOKUP, {
      ...right,
      c: captcha.data!.newCaptcha.id,
      a: answer.data!.devCaptchaAnswer,
    });
    expect(answered.data).toEqual({ householdCluster: { incomeCluster: 6 } });
    // Single use, whichever process sees it again (at another address, which must answer one too).
    expect(
      code(await new Caller(freshIp()).gql(a, LOOKUP, { ...right, c: captcha.data!.newCaptcha.id, a: answer.data!.devCaptchaAnswer })),
    ).toBe('CAPTCHA_INVALID');
  });

  it('run each job once: twelve webhook deliveries, both processes polling every 100 ms, one POST each', async () => {
    const client = await new ApiClientService(db, new RateLimiter(db)).create({
      name: 'سامانه رفاه',
      scopes: ['household:changes'],
      dailyQuota: 1000,
      ipAllowlist: [],
    });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const subscribed = await new Caller(freshIp()).gql(
      a,
      'mutation($u: String!) { subscribeWebhook(url: $u) { subscription { id } } }',
      { u: url },
      { authorization: `Bearer ${client.key}` },
    );
    expect(subscribed.errors).toBeUndefined();
    const operator = await signIn(await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, (await createTree(db)).hq]]), b, a);
    const households = await Promise.all(Array.from({ length: 12 }, () => createHousehold(db, 1)));
    const events: string[] = [];
    for (const [i, household] of households.entries()) {
      const event = await operator.gql<{ registerVitalEvent: { id: string } }>(
        i % 2 ? a : b,
        'mutation($input: VitalEventInput!) { registerVitalEvent(input: $input) { id } }',
        {
          input: { type: 'DEATH', source: 'HOUSEHOLD_PORTAL', occurredOn: '2026-11-21', subjectNationalId: household.headNationalId },
        },
      );
      expect(event.errors).toBeUndefined();
      events.push(event.data!.registerVitalEvent.id);
    }
    const jobs = async () =>
      (await db.query(`SELECT status, attempts FROM job WHERE kind = $1`, [WEBHOOK_JOB])) as Array<{ status: string; attempts: number }>;
    await waitFor('every delivery job to be done', async () => (await jobs()).filter((j) => j.status === 'DONE').length === 12, {
      timeoutMs: 20_000,
    });
    expect((await jobs()).map((j) => j.attempts)).toEqual(Array.from({ length: 12 }, () => 1));
    expect(received).toHaveLength(12);
    expect(new Set(received).size).toBe(12);
    for (const event of events) expect(received.some((key) => key.endsWith(`:${event}`))).toBe(true);
  });

  it('never overbook the proposal cap when both take the last places at once', async () => {
    const cast = await createCast(db);
    const root = await db.getRepository(OrganisationUnit).findOneByOrFail({ id: cast.tree.ministry.parentId! });
    const office = await db.getRepository(OrganisationUnit).save({
      code: `MPO-${cast.tree.ministry.code}`,
      name: 'سازمان مدیریت و برنامه‌ریزی استان سمنان',
      parentId: root.id,
      path: `${root.path}MPO-${cast.tree.ministry.code}/`,
      level: 1,
      type: OrganisationUnitType.PROVINCIAL,
      province: 'سمنان',
    });
    const deputy = await signIn(await createUser(db, [[Role.PROVINCIAL_PLANNING_DEPUTY, office]]), a, b);
    const proposal = (score: number) => ({
      input: {
        periodId: cast.period.id,
        organisationUnitId: cast.tree.provincial.id,
        title: 'کاهش هدررفت آب',
        unitOfMeasure: 'درصد',
        calculationMethod: 'حجم بدون درآمد ÷ حجم تولیدی',
        targetLower: '5',
        targetUpper: '15',
        target: '10',
        score,
      },
    });
    expect(code(await deputy.gql(a, PROPOSE, proposal(60)))).toBe('OK');
    // 90 points left: ten proposals of 20 at once, five to each process; four fit.
    const together = await Promise.all(Array.from({ length: 10 }, (_, i) => deputy.gql(i % 2 ? b : a, PROPOSE, proposal(20))));
    const codes = together.map(code);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(4);
    expect(codes.filter((c) => c === 'PROPOSAL_CAP_EXCEEDED')).toHaveLength(6);
    const [{ total }] = (await db.query(
      `SELECT sum(score)::float8 AS total FROM indicator_proposal WHERE organisation_unit_id = $1 AND period_id = $2`,
      [cast.tree.provincial.id, cast.period.id],
    )) as [{ total: number }];
    expect(total).toBe(140);
  });

  it("drains one on SIGTERM: its request in flight completes, the other's requests never fail", async () => {
    const cast = await createCast(db);
    const root = await db.getRepository(OrganisationUnit).findOneByOrFail({ id: cast.tree.ministry.parentId! });
    const office = await db.getRepository(OrganisationUnit).save({
      code: `MPO2-${cast.tree.ministry.code}`,
      name: 'سازمان مدیریت و برنامه‌ریزی استان سمنان',
      parentId: root.id,
      path: `${root.path}MPO2-${cast.tree.ministry.code}/`,
      level: 1,
      type: OrganisationUnitType.PROVINCIAL,
      province: 'سمنان',
    });
    const deputyUser = await createUser(db, [[Role.PROVINCIAL_PLANNING_DEPUTY, office]]);
    const deputy = await signIn(deputyUser, b, a);
    const citizen = await signIn(await createUser(db, [[Role.SYSTEM_ADMIN, (await createTree(db)).hq]]), a, b);

    // Hold the proposals table so that a proposal sent to B stays in flight, waiting for it.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE indicator_proposal IN EXCLUSIVE MODE');
      const inFlight = deputy.gql<{ proposeIndicator: { id: string } }>(b, PROPOSE, {
        input: {
          periodId: cast.period.id,
          organisationUnitId: cast.tree.provincial.id,
          title: 'کاهش هدررفت آب',
          unitOfMeasure: 'درصد',
          calculationMethod: 'حجم بدون درآمد ÷ حجم تولیدی',
          targetLower: '5',
          targetUpper: '15',
          target: '10',
          score: 10,
        },
      });
      await waitFor('the proposal sent to B to wait for the table', async () => {
        const rows = (await db.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'indicator_proposal' AND NOT l.granted`,
        )) as Array<{ n: number }>;
        return rows[0]!.n > 0;
      });

      b.signal('SIGTERM');
      await waitFor('B to stop accepting connections', async () => !(await portOpen(Number(new URL(b.url).port))));
      // Meanwhile A answers everyone.
      const meanwhile = await Promise.all(Array.from({ length: 10 }, () => citizen.gql<{ me: { user: { id: string } } }>(a, ME)));
      expect(meanwhile.map((r) => `${r.status}:${code(r)}`)).toEqual(Array.from({ length: 10 }, () => '200:OK'));

      await holder.query('COMMIT');
      const finished = await inFlight;
      expect(finished.status).toBe(200);
      expect(code(finished)).toBe('OK');
      expect(await b.exited).toBe(0);
      expect(code(await citizen.gql(a, ME))).toBe('OK');
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
  });
});
