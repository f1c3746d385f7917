import { rm } from 'node:fs/promises';
import { loadConfig } from '../../apps/api/src/platform/config/config';
import { createLogger } from '../../apps/api/src/platform/logging/logger';
import { startServer, type RunningServer } from '../../apps/api/src/server';
import { startPgBouncer, type PgBouncerHandle } from '../../apps/api/src/test-support/pgbouncer';
import { serverFolder } from '../../apps/api/src/test-support/postgres-cluster';
import type { Benchmark } from '../lib/benchmark';
import type { LoadTarget } from '../lib/load';
import { BENCH_ASKED, BENCH_HOUSEHOLDS, ensureBenchHouseholds, householdCluster, lookupBodies } from './household-cluster';

/** Server connections PgBouncer keeps to PostgreSQL: as many as the direct API's pool. */
const POOL = 10;

let pooled: { api: RunningServer; bouncer: PgBouncerHandle; dir: string } | null = null;

async function stopPooled(): Promise<void> {
  if (!pooled) return;
  const { api, bouncer, dir } = pooled;
  pooled = null;
  await api.stop();
  await bouncer.stop();
  await rm(dir, { recursive: true, force: true });
}

/**
 * The public lookup through PgBouncer in transaction pooling (Debian's 1.18, as
 * `scripts/ensure-pgbouncer.sh` installs it), against the same lookup reaching PostgreSQL directly:
 * two Pishkhan APIs in this process on one database, the same households, the same requests.
 */
export const householdClusterPgbouncer: Benchmark = {
  name: 'householdClusterPgbouncer',
  description: `The public \`householdCluster\` lookup (as in householdCluster: ${BENCH_HOUSEHOLDS.toLocaleString('en-US')} households, cycling through ${BENCH_ASKED.toLocaleString('en-US')}) on an API that reaches PostgreSQL through PgBouncer 1.18 in transaction pooling (\`DATABASE_POOLER=transaction\`: its hot statements unnamed, \`statement_timeout\` by \`SET LOCAL\`), against the same API reaching the same PostgreSQL directly (named prepared statements).`,
  subjectLabel: `\`POST /graphql\` \`householdCluster\` on a second API in this process, \`DATABASE_URL\` → PgBouncer (\`pool_mode = transaction\`, \`default_pool_size = ${POOL}\`) → the same PostgreSQL, \`DATABASE_DIRECT_URL\` for its migrations and jobs; API pool ${POOL}`,
  async target(ctx): Promise<LoadTarget> {
    const primary = ctx.pishkhan.database.dataSource;
    await ensureBenchHouseholds(primary);
    const url = (primary.options as { url?: string }).url;
    if (!url) throw new Error('the API under test has no database URL');
    const dir = await serverFolder('pishkhan-bench-pgbouncer-');
    const bouncer = await startPgBouncer({ targetUrl: url, dir, poolSize: POOL, queryWaitTimeoutSeconds: 30 });
    const config = loadConfig({
      ...process.env,
      NODE_ENV: process.env.BENCH_NODE_ENV ?? 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
      ADMIN_DIST: '',
      DATABASE_URL: bouncer.through(url),
      DATABASE_DIRECT_URL: url,
      DATABASE_POOLER: 'transaction',
      DATABASE_POOL_SIZE: String(ctx.pishkhan.settings.databasePoolSize),
      SEED_ON_EMPTY_DATABASE: 'false',
      CLUSTER_LIMIT_PER_IP_MINUTE: '1000000000',
      CLUSTER_LIMIT_PER_ID_10MIN: '1000000000',
      SHUTDOWN_GRACE_MS: '2000',
    });
    const api = await startServer(config, createLogger(config.logLevel));
    pooled = { api, bouncer, dir };
    const bodies = lookupBodies();
    return { url: `${api.url}/graphql`, body: bodies[0]!, bodies };
  },
  async baseline(ctx) {
    const bodies = lookupBodies();
    return {
      target: { url: ctx.pishkhan.graphqlUrl, body: bodies[0]!, bodies },
      label: `the same \`householdCluster\` lookup on the Pishkhan API connected to PostgreSQL directly (\`DATABASE_POOLER=none\`, pool ${ctx.pishkhan.settings.databasePoolSize}, named prepared statements), same process, same database`,
      // The subject (the pooled API and its PgBouncer) was started by `target` and ends with the run.
      stop: stopPooled,
    };
  },
  check: householdCluster.check,
};
