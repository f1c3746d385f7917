import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTree, createUser, Role, signIn, uniqueNationalId } from './test-support/accounts-fixtures';
import { freshDatabase, type FreshDatabase } from './test-support/fresh-database';
import { createHousehold, type TestHousehold } from './test-support/households-fixtures';
import { createCast, createIndicator, type Cast } from './test-support/performance-fixtures';
import { startReplicatedPostgres, type ReplicatedPostgres } from './test-support/postgres-cluster';
import { startTestApi, type TestApi, type TestClient } from './test-support/test-api';
import { waitFor } from './test-support/wait';
import { ApiClientService } from './modules/api-clients';
import { RateLimiter } from './platform/rate-limit/rate-limiter';

/**
 * Reads from a streaming replica (`DATABASE_READ_URL`): a primary and its replica of this file's
 * own (Debian's PostgreSQL 15, `pg_basebackup -R`, free ports, a temporary folder). Replay on the
 * replica is paused to make its lag visible: a routed read then shows the state before the pause,
 * a read that must see the caller's own write shows the primary's.
 */
const STRUCTURE = 'query($n: String!) { householdStructure(nationalId: $n) { id members { nationalId } } }';
const TIMELINE = 'query($h: ID!) { householdTimeline(householdId: $h) { id type } }';
const CHANGES = 'query($after: String, $first: Int!) { householdChanges(after: $after, first: $first) { edges { node { id } } } }';
const BIRTH = 'mutation($input: VitalEventInput!) { registerVitalEvent(input: $input) { id } }';
const DASHBOARD = 'query($p: ID!) { performanceDashboard(periodId: $p) { unit { id } indicators } }';
const INDICATORS = 'query($p: ID!) { indicators(filter: { periodId: $p, limit: 200 }) { total } }';

let cluster: ReplicatedPostgres;
let database: FreshDatabase;
let db: DataSource;
/** Tolerates 60 s of lag: serves from the replica throughout this file. */
let api: TestApi;
let operator: TestClient;
let lead: TestClient;
let cast: Cast;
let clientKey: string;

function readUrl(): string {
  const url = new URL(database.url);
  url.port = String(cluster.replica.port);
  return url.toString();
}

async function membersSeen(client: TestClient, head: string): Promise<number> {
  const response = await client.gql<{ householdStructure: { members: unknown[] } | null }>(STRUCTURE, { n: head });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.householdStructure!.members.length;
}

async function dashboardCounts(): Promise<number[]> {
  const response = await lead.gql<{ performanceDashboard: Array<{ indicators: number }> }>(DASHBOARD, { p: cast.period.id });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.performanceDashboard.map((unit) => unit.indicators);
}

async function birth(client: TestClient, household: TestHousehold): Promise<string> {
  const response = await client.gql<{ registerVitalEvent: { id: string } }>(BIRTH, {
    input: {
      type: 'BIRTH',
      source: 'HOUSEHOLD_PORTAL',
      occurredOn: '2026-11-20',
      subjectNationalId: household.headNationalId,
      relatedNationalId: household.headNationalId,
      newborn: { nationalId: uniqueNationalId(), firstName: 'نوزاد', lastName: 'آزمون', birthDate: '2026-11-20', gender: 'F' },
    },
  });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.registerVitalEvent.id;
}

/** Stops the replica replaying WAL (it keeps receiving it): its lag grows from now on. */
async function pauseReplay(): Promise<void> {
  await cluster.replica.query('SELECT pg_wal_replay_pause()');
  await waitFor(
    'replay to pause',
    async () => (await cluster.replica.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state'))[0]!.state === 'paused',
  );
}

async function resumeReplay(): Promise<void> {
  await cluster.replica.query('SELECT pg_wal_replay_resume()');
}

/** Waits until the replica has replayed everything the primary has written so far. */
async function replicaCaughtUp(): Promise<void> {
  const [row] = await cluster.primary.query<{ lsn: string }>('SELECT pg_current_wal_flush_lsn()::text AS lsn');
  await waitFor(
    'the replica to catch up',
    async () =>
      (await cluster.replica.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [row!.lsn]))[0]!.done,
  );
}

beforeAll(async () => {
  cluster = await startReplicatedPostgres();
  database = await freshDatabase('pishkhan_replica', cluster.primary.url());
  db = database.db;
  api = await startTestApi({ DATABASE_URL: database.url, DATABASE_READ_URL: readUrl(), DATABASE_READ_MAX_LAG_MS: '60000' });
  operator = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, (await createTree(db)).hq]]));
  cast = await createCast(db);
  lead = await signIn(api, cast.lead);
  const created = await new ApiClientService(db, new RateLimiter(db)).create({
    name: 'سامانه رفاه',
    scopes: ['household:read', 'household:changes'],
    dailyQuota: 10_000,
    ipAllowlist: [],
  });
  clientKey = created.key;
}, 120_000);
afterAll(async () => {
  await resumeReplay().catch(() => undefined);
  await api?.stop();
  await database?.drop();
  await cluster?.stop();
});

describe('reads from a streaming replica', () => {
  it('routes the lag-tolerant reads to the replica and everything else to the primary', async () => {
    const { readDataSource, dataSource, replica } = api.server.database;
    expect(replica).not.toBeNull();
    await waitFor('the replica to be measured close enough', () => replica!.status().serving);
    const inRecovery = async (source: DataSource) =>
      ((await source.query('SELECT pg_is_in_recovery() AS r')) as Array<{ r: boolean }>)[0]!.r;
    expect(await inRecovery(readDataSource)).toBe(true);
    expect(await inRecovery(dataSource)).toBe(false);
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', replica: { state: 'fresh', serving: true } });
  });

  it('serves householdStructure, householdChanges, the zero file and the dashboard from the replica, and own writes from the primary', async () => {
    const household = await createHousehold(db, 2);
    await createIndicator(db, cast);
    await replicaCaughtUp();
    await waitFor('the replica to be measured close enough', () => api.server.database.replica!.status().serving);
    expect(await membersSeen(operator, household.headNationalId)).toBe(2);
    expect(await dashboardCounts()).toEqual([1]);

    await pauseReplay();
    try {
      // Writes go to the primary…
      const event = await birth(operator, household);
      await createIndicator(db, cast);
      // …and the reads that must see them (the operator's timeline, the lead's cartable list) do.
      const timeline = await operator.gql<{ householdTimeline: Array<{ id: string }> }>(TIMELINE, { h: household.id });
      expect(timeline.data!.householdTimeline.map((e) => e.id)).toContain(event);
      const list = await lead.gql<{ indicators: { total: number } }>(INDICATORS, { p: cast.period.id });
      expect(list.data!.indicators.total).toBe(2);

      // The routed reads answer from the replica, as it was when its replay stopped.
      expect(await membersSeen(operator, household.headNationalId)).toBe(2);
      const feed = await api.gql<{ householdChanges: { edges: Array<{ node: { id: string } }> } }>(
        CHANGES,
        { first: 1000 },
        { authorization: `Bearer ${clientKey}` },
      );
      expect(feed.errors).toBeUndefined();
      expect(feed.data!.householdChanges.edges.map((e) => e.node.id)).not.toContain(event);
      const zeroFile = await fetch(`${api.url}/households/zero-file`, { headers: { authorization: `Bearer ${clientKey}` } });
      expect(zeroFile.status).toBe(200);
      const line = (await zeroFile.text()).split('\n').find((l) => l.includes(household.trackingCode));
      expect((JSON.parse(line!) as { members: unknown[] }).members).toHaveLength(2);
      expect(await dashboardCounts()).toEqual([1]);
    } finally {
      await resumeReplay();
    }
    await waitFor('the replica to show the birth', async () => (await membersSeen(operator, household.headNationalId)) === 3);
    expect(await dashboardCounts()).toEqual([2]);
  });

  it('bounds the lag: a replica further behind than DATABASE_READ_MAX_LAG_MS is skipped until it catches up', async () => {
    const strict = await startTestApi({ DATABASE_URL: database.url, DATABASE_READ_URL: readUrl(), DATABASE_READ_MAX_LAG_MS: '300' });
    try {
      const strictOperator = await signIn(strict, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, (await createTree(db)).hq]]));
      const household = await createHousehold(db, 1);
      await replicaCaughtUp();
      await waitFor('the strict API to serve from the replica', () => strict.server.database.replica!.status().serving);

      await pauseReplay();
      await birth(strictOperator, household);
      // The strict API finds the replica more than 300 ms behind and reads from the primary…
      await waitFor(
        'the strict API to read the birth from the primary',
        async () => (await membersSeen(strictOperator, household.headNationalId)) === 2,
        { timeoutMs: 10_000 },
      );
      expect(strict.server.database.replica!.status()).toMatchObject({ state: 'behind', serving: false });
      const ready = await fetch(`${strict.url}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', replica: { state: 'behind', serving: false } });
      // …while the lenient one still answers from the paused replica.
      expect(await membersSeen(operator, household.headNationalId)).toBe(1);

      await resumeReplay();
      await waitFor('the strict API to go back to the replica', () => strict.server.database.replica!.status().serving, {
        timeoutMs: 10_000,
      });
      expect(await membersSeen(operator, household.headNationalId)).toBe(2);
    } finally {
      await resumeReplay();
      await strict.stop();
    }
  });
});
