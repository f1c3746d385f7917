import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTree, createUser, Role, signIn, uniqueNationalId, type TestUser } from './test-support/accounts-fixtures';
import { freshDatabase, type FreshDatabase } from './test-support/fresh-database';
import { openCampaign } from './test-support/open-campaign';
import { startPgBouncer, type PgBouncerHandle } from './test-support/pgbouncer';
import { serverFolder, startScratchPostgres, type PostgresServer } from './test-support/postgres-cluster';
import { startTestApi, type TestApi, type TestClient } from './test-support/test-api';
import { waitFor } from './test-support/wait';

/**
 * The database goes away under load and comes back: a PostgreSQL of this file's own (never the
 * machine's service), stopped with `pg_ctl stop -m fast` (every session cut, as in a crash or a
 * failover) and started again; once with the API connected to it directly, once through a
 * PgBouncer (transaction pooling) of this file's own, which is then stopped and started as well.
 */
interface Outcome {
  at: number;
  status: number;
  code: string;
  retryAfter: string | null;
}

const ME = '{ me { user { id } } }';
const LOOKUP =
  'query($h: String!) { householdCluster(headNationalId: $h, trackingCode: "12345678901234", memberCount: 2) { incomeCluster } }';

/** The lookups are there to reach the database, not to be refused by their limits. */
const UNLIMITED = {
  TRUST_PROXY_HOPS: '1',
  CLUSTER_LIMIT_PER_IP_MINUTE: '1000000000',
  CLUSTER_CAPTCHA_AFTER_IP_FAILURES: '1000000000',
  CLUSTER_CAPTCHA_AFTER_ID_FAILURES: '1000000000',
};

let scratch: { server: PostgresServer; remove(): Promise<void> };
let database: FreshDatabase;
let bouncerDir: string;
let bouncer: PgBouncerHandle;
let user: TestUser;

/** Four callers, each sending its next request once the last is answered: a signed-in query, then a public lookup. */
class Load {
  readonly outcomes: Outcome[] = [];
  private running = true;
  private readonly done: Promise<void>;

  constructor(api: TestApi, signedIn: TestClient) {
    const anonymous = api.client({ ip: '10.99.0.1' });
    const worker = async () => {
      for (let i = 0; this.running; i += 1) {
        const response = i % 2 === 0 ? await signedIn.gql(ME) : await anonymous.gql(LOOKUP, { h: uniqueNationalId() });
        this.outcomes.push({
          at: Date.now(),
          status: response.status,
          code: response.errors?.[0]?.extensions?.code ?? 'OK',
          retryAfter: response.headers.get('retry-after'),
        });
      }
    };
    this.done = Promise.all([worker(), worker(), worker(), worker()]).then(() => undefined);
  }

  since(at: number): Outcome[] {
    return this.outcomes.filter((o) => o.at >= at);
  }

  async stop(): Promise<Outcome[]> {
    this.running = false;
    await this.done;
    return this.outcomes;
  }
}

async function readiness(api: TestApi): Promise<{ status: number; retryAfter: string | null; body: { status: string } }> {
  const response = await fetch(`${api.url}/ready`);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { status: string } };
}

/** Takes `down()` away under load, brings it back with `up()`, and checks every answer meanwhile. */
async function outage(api: TestApi, down: () => Promise<void>, up: () => Promise<void>): Promise<void> {
  const load = new Load(api, await signIn(api, user));
  try {
    await waitFor('answers under load', () => load.outcomes.filter((o) => o.code === 'OK').length >= 20);
    expect((await readiness(api)).status).toBe(200);

    const downAt = Date.now();
    await down();
    await waitFor('a SERVICE_UNAVAILABLE answer', () => load.since(downAt).some((o) => o.code === 'SERVICE_UNAVAILABLE'), {
      timeoutMs: 20_000,
    });
    expect(await readiness(api)).toMatchObject({ status: 503, retryAfter: '5', body: { status: 'database-unreachable' } });

    const upAt = Date.now();
    await up();
    await waitFor('answers again', () => load.since(upAt).filter((o) => o.code === 'OK').length >= 20, { timeoutMs: 30_000 });
    await waitFor('/ready again', async () => (await readiness(api)).status === 200, { timeoutMs: 10_000 });
  } finally {
    await load.stop();
  }
  // Nothing but answers and coded outages, each outage a 503 telling when to come back.
  const outcomes = load.outcomes;
  expect(new Set(outcomes.map((o) => o.code))).toEqual(new Set(['OK', 'HOUSEHOLD_NOT_MATCHED', 'SERVICE_UNAVAILABLE']));
  for (const outcome of outcomes)
    expect(outcome).toMatchObject(
      outcome.code === 'SERVICE_UNAVAILABLE' ? { status: 503, retryAfter: '5' } : { status: 200, retryAfter: null },
    );
}

beforeAll(async () => {
  scratch = await startScratchPostgres();
  database = await freshDatabase('pishkhan_outage', scratch.server.url());
  bouncerDir = await serverFolder('pishkhan-outage-bouncer-');
  bouncer = await startPgBouncer({ targetUrl: database.url, dir: bouncerDir, queryWaitTimeoutSeconds: 3 });
  await openCampaign(database.db);
  user = await createUser(database.db, [[Role.SYSTEM_ADMIN, (await createTree(database.db)).hq]]);
  // The fixtures' own connections would only see the outage too.
  await database.db.destroy();
}, 120_000);
afterAll(async () => {
  await bouncer?.stop();
  await rm(bouncerDir, { recursive: true, force: true });
  await scratch?.remove();
});

describe('while the database cannot be reached', () => {
  it('answers SERVICE_UNAVAILABLE (503, Retry-After), fails /ready, and recovers by itself when PostgreSQL is back', async () => {
    const api = await startTestApi({ DATABASE_URL: database.url, DATABASE_POOLER: 'none', ...UNLIMITED });
    try {
      await outage(
        api,
        () => scratch.server.stop('fast'),
        () => scratch.server.start(),
      );
    } finally {
      await api.stop();
    }
  });

  it('answers the same through PgBouncer, while PostgreSQL behind it is away and while PgBouncer itself is', async () => {
    const api = await startTestApi({
      DATABASE_URL: bouncer.through(database.url),
      DATABASE_DIRECT_URL: database.url,
      DATABASE_POOLER: 'transaction',
      ...UNLIMITED,
    });
    try {
      await outage(
        api,
        () => scratch.server.stop('fast'),
        () => scratch.server.start(),
      );
      await outage(
        api,
        () => bouncer.stop(),
        () => bouncer.start(),
      );
    } finally {
      await api.stop();
    }
  });
});
