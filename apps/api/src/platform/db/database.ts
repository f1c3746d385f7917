import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import { createDataSource, type DatabaseModel } from './data-source';
import { databaseUrl, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';
import { ensureDatabase } from './ensure-database';
import { ReplicaRouter } from './read-replica';

export const EMBEDDED_DATABASE_NAME = 'pishkhan';

/** Connections of the direct pool: the migrations' lock and their work, and the job queue. */
const DIRECT_POOL_SIZE = 3;

export interface Database {
  /** The primary, through `DATABASE_URL` (a transaction pooler when `DATABASE_POOLER=transaction`). */
  dataSource: DataSource;
  /**
   * The primary past any pooler (`DATABASE_DIRECT_URL`): migrations and the job queue. The same
   * object as `dataSource` when that variable is unset.
   */
  directDataSource: DataSource;
  /**
   * For reads that may be slightly stale (`DATABASE_READ_URL`): the replica while it lags by at most
   * `DATABASE_READ_MAX_LAG_MS`, the primary otherwise. The same object as `dataSource` when unset.
   */
  readDataSource: DataSource;
  /** The replica's routing, when there is one. */
  replica: ReplicaRouter | null;
  /** True when the database is the embedded one. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database the configuration names: `DATABASE_URL`, or the embedded PostgreSQL (started
 * here, or attached to when another Pishkhan process already runs it); and, when configured, the
 * direct connection and the read replica.
 */
export async function openDatabase(config: Config, log: Logger, model: DatabaseModel, applicationName = 'pishkhan-api'): Promise<Database> {
  let cluster: EmbeddedPostgresHandle | null = null;
  let url = config.databaseUrl;
  if (url === null) {
    cluster = await startEmbeddedPostgres({ ...config.embeddedPostgres, log });
    url = databaseUrl(cluster.adminUrl, EMBEDDED_DATABASE_NAME);
    await ensureDatabase(cluster.adminUrl, EMBEDDED_DATABASE_NAME);
  }
  const { pooler, directUrl, readUrl, readPoolSize, readMaxLagMs } = config.database;
  const dataSource = createDataSource({ url, poolSize: config.databasePoolSize, log, model, applicationName, pooler });
  const direct = directUrl
    ? createDataSource({ url: directUrl, poolSize: DIRECT_POOL_SIZE, log, model, applicationName: `${applicationName}-direct` })
    : null;
  const replica = readUrl
    ? createDataSource({ url: readUrl, poolSize: readPoolSize, log, model, applicationName: `${applicationName}-read`, pooler })
    : null;
  const opened: DataSource[] = [];
  try {
    for (const source of [direct, dataSource]) {
      if (!source) continue;
      await source.initialize();
      opened.push(source);
    }
  } catch (error) {
    for (const source of opened) await source.destroy().catch(() => undefined);
    await cluster?.stop();
    throw error;
  }
  let router: ReplicaRouter | null = null;
  if (replica) {
    router = new ReplicaRouter(dataSource, replica, readMaxLagMs, log);
    // A replica that is down does not keep the API from starting: the primary serves until it answers.
    await router.probe();
    router.start();
  }
  return {
    dataSource,
    directDataSource: direct ?? dataSource,
    readDataSource: router?.dataSource ?? dataSource,
    replica: router,
    embedded: cluster !== null,
    async close() {
      await router?.stop();
      for (const source of [replica, dataSource, direct]) if (source?.isInitialized) await source.destroy();
      if (cluster?.owned) {
        await cluster.stop();
        log.info('embedded PostgreSQL stopped');
      }
    },
  };
}
