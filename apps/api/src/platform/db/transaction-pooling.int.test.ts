import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { createHousehold } from '../../test-support/households-fixtures';
import { openCampaign } from '../../test-support/open-campaign';
import { startPgBouncer, type PgBouncerHandle } from '../../test-support/pgbouncer';
import { serverFolder } from '../../test-support/postgres-cluster';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { isTransactionPooled } from './data-source';
import { runMigrations } from './migrate';
import { createLogger } from '../logging/logger';

const LOOKUP =
  'query($h: String!, $t: String!, $n: Int!) { householdCluster(headNationalId: $h, trackingCode: $t, memberCount: $n) { incomeCluster householdSize } }';

let database: FreshDatabase;
let dir: string;
let bouncer: PgBouncerHandle;
let api: TestApi;

beforeAll(async () => {
  database = await freshDatabase('pishkhan_pooling');
  dir = await serverFolder('pishkhan-pooling-');
  // Debian's PgBouncer 1.18 in transaction pooling, as an operator would put it in front.
  bouncer = await startPgBouncer({ targetUrl: database.url, dir, poolSize: 4 });
  api = await startTestApi({
    DATABASE_URL: bouncer.through(database.url),
    DATABASE_DIRECT_URL: database.url,
    DATABASE_POOLER: 'transaction',
    TRUST_PROXY_HOPS: '1',
    CLUSTER_LIMIT_PER_IP_MINUTE: '1000',
  });
});
afterAll(async () => {
  await api?.stop();
  await bouncer?.stop();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('behind PgBouncer in transaction pooling', () => {
  it('is really transaction pooling: a named statement one client prepared is already there for the next', async () => {
    const url = bouncer.through(database.url);
    const first = new pg.Client({ connectionString: url });
    const second = new pg.Client({ connectionString: url });
    await first.connect();
    await second.connect();
    try {
      await first.query({ name: 'pishkhan-probe', text: 'SELECT 1 AS one', values: [] });
      // The server connection the first client's statement lives on is now the second's.
      await expect(second.query({ name: 'pishkhan-probe', text: 'SELECT 1 AS one', values: [] })).rejects.toThrow(
        'prepared statement "pishkhan-probe" already exists',
      );
    } finally {
      await first.end();
      await second.end();
    }
  });

  it('refuses the statement_timeout startup parameter, so the API without DATABASE_POOLER=transaction cannot even start', async () => {
    await expect(startTestApi({ DATABASE_URL: bouncer.through(database.url), DATABASE_POOLER: 'none' })).rejects.toThrow(
      'unsupported startup parameter: statement_timeout',
    );
  });

  it('answers the public lookup again and again from many callers at once (its hot statements go unnamed)', async () => {
    await openCampaign(database.db);
    // One household per caller: tries on one national ID sent together count as failures until
    // they match, and past three would ask for a captcha.
    const households = await Promise.all(Array.from({ length: 6 }, () => createHousehold(database.db, 3, { cluster: 5 })));
    const callers = Array.from({ length: 6 }, (_, i) => api.client({ ip: `10.13.0.${i + 1}` }));
    const answers = await Promise.all(
      callers.map(async (caller, c) => {
        const household = households[c]!;
        const codes: string[] = [];
        for (let i = 0; i < 8; i += 1) {
          const response = await caller.gql<{ householdCluster: { incomeCluster: number } }>(LOOKUP, {
            h: household.headNationalId,
            t: household.trackingCode,
            n: 3,
          });
          codes.push(response.errors?.[0]?.extensions?.code ?? String(response.data?.householdCluster.incomeCluster));
        }
        return codes;
      }),
    );
    expect(answers.flat()).toEqual(Array.from({ length: 48 }, () => '5'));
    // A wrong proof goes through the same statements, and the rate limiter's and the audit's.
    const wrong = await callers[0]!.gql(LOOKUP, { h: households[0]!.headNationalId, t: '00000000000000', n: 3 });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('HOUSEHOLD_NOT_MATCHED');
  });

  it('keeps no session state: statement_timeout is set per transaction (SET LOCAL), not per session', async () => {
    const source = api.server.database.dataSource;
    expect(isTransactionPooled(source)).toBe(true);
    const inside = await source.transaction(
      async (manager) => ((await manager.query('SHOW statement_timeout')) as Array<{ statement_timeout: string }>)[0]!.statement_timeout,
    );
    expect(inside).toBe('30s');
  });

  it('runs migrations and the job queue on the direct connection, never through the pooler', async () => {
    const { directDataSource, dataSource } = api.server.database;
    expect(directDataSource).not.toBe(dataSource);
    expect(isTransactionPooled(directDataSource)).toBe(false);
    // The migrations' advisory lock belongs to a session: refused through the pooler.
    await expect(runMigrations(dataSource, createLogger('silent'))).rejects.toThrow('Migrations need a direct connection');
    expect(await runMigrations(directDataSource, createLogger('silent'))).toEqual([]);
    expect(api.server.services.jobs.dataSource).toBe(directDataSource);
    // The command-line tools too: `npm run db:migrate` with the API's variables.
    const cli = spawn(process.execPath, ['-r', '@swc-node/register', 'src/cli/db-migrate.ts'], {
      cwd: path.resolve(__dirname, '../../..'),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        DATABASE_URL: bouncer.through(database.url),
        DATABASE_DIRECT_URL: database.url,
        DATABASE_POOLER: 'transaction',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    cli.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    cli.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await new Promise((resolve) => cli.once('exit', resolve)), output).toBe(0);
    const [row] = (await directDataSource.query(`SELECT current_setting('application_name') AS name`)) as Array<{ name: string }>;
    expect(row!.name).toBe('pishkhan-api-direct');
  });
});
