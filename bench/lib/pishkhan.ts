import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../apps/api/src/platform/config/config';
import type { Database } from '../../apps/api/src/platform/db/database';
import { freePort } from '../../apps/api/src/platform/db/embedded-postgres';
import { createLogger } from '../../apps/api/src/platform/logging/logger';
import { startServer } from '../../apps/api/src/server';

export interface PishkhanUnderTest {
  /** Base URL, e.g. `http://127.0.0.1:40123`; GraphQL is at `${url}/graphql`. */
  url: string;
  graphqlUrl: string;
  /** True when the API runs on a throwaway embedded PostgreSQL started for the bench. */
  embeddedDatabase: boolean;
  /** The API's database, for benchmarks that prepare rows before the load. */
  database: Database;
  /** The settings that change its speed, for the report. */
  settings: { nodeEnv: string; logLevel: string; databasePoolSize: number };
  /** Stops the API and its embedded PostgreSQL, then deletes the throwaway data directory. */
  stop(): Promise<void>;
}

/** Where throwaway embedded PostgreSQL clusters go (git-ignored). */
export const BENCH_TMP = path.resolve(__dirname, '../.tmp');

/**
 * Starts the Pishkhan API in this process, on a free loopback port, without the admin app. It runs
 * on a fresh embedded PostgreSQL in `bench/.tmp/pg-<pid>` on a free port (migrated and seeded like
 * a first start), deleted again by `stop()`. `DATABASE_URL` is ignored on purpose, so a bench never
 * migrates a database it was not meant for; `BENCH_DATABASE_URL` names one explicitly instead.
 */
export async function startPishkhan(): Promise<PishkhanUnderTest> {
  const benchDatabaseUrl = process.env.BENCH_DATABASE_URL?.trim() ?? '';
  const useEmbedded = benchDatabaseUrl === '';
  const dataDir = path.join(BENCH_TMP, `pg-${process.pid}`);
  const removeDataDir = async () => {
    if (useEmbedded) await rm(dataDir, { recursive: true, force: true });
  };
  if (useEmbedded) {
    await removeDataDir();
    await mkdir(BENCH_TMP, { recursive: true });
  }
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: benchDatabaseUrl,
    // 'test', not 'production': production needs DATABASE_URL and the real outside services.
    NODE_ENV: process.env.BENCH_NODE_ENV ?? 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
    ADMIN_DIST: '',
    // One client address sends the whole load: per-caller limits are raised, still counted.
    CLUSTER_LIMIT_PER_IP_MINUTE: '1000000000',
    CLUSTER_LIMIT_PER_ID_10MIN: '1000000000',
    COUNTER_LIMIT_PER_IP_MINUTE: '1000000000',
    COUNTER_LIMIT_PER_ID_HOUR: '1000000000',
    COUNTER_QUERY_LIMIT_PER_IP_MINUTE: '1000000000',
    HAJJ_LIMIT_PER_IP_MINUTE: '1000000000',
    HAJJ_LIMIT_PER_ID_10MIN: '1000000000',
    HAJJ_CARAVANS_LIMIT_PER_IP_MINUTE: '1000000000',
    SHUTDOWN_GRACE_MS: '2000',
    ...(useEmbedded ? { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) } : {}),
  });
  const log = createLogger(config.logLevel);
  const running = await startServer(config, log).catch(async (error: unknown) => {
    await removeDataDir();
    throw error;
  });
  return {
    url: running.url,
    graphqlUrl: `${running.url}/graphql`,
    embeddedDatabase: running.database.embedded,
    database: running.database,
    settings: { nodeEnv: config.nodeEnv, logLevel: config.logLevel, databasePoolSize: config.databasePoolSize },
    async stop() {
      try {
        await running.stop();
      } finally {
        await removeDataDir();
      }
    },
  };
}
