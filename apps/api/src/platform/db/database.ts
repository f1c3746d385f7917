import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import { createDataSource, type DatabaseModel } from './data-source';
import { databaseUrl, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';
import { ensureDatabase } from './ensure-database';

export const EMBEDDED_DATABASE_NAME = 'pishkhan';

export interface Database {
  dataSource: DataSource;
  /** True when the database is the embedded one. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database the configuration names: `DATABASE_URL`, or the embedded PostgreSQL (started
 * here, or attached to when another Pishkhan process already runs it).
 */
export async function openDatabase(config: Config, log: Logger, model: DatabaseModel, applicationName?: string): Promise<Database> {
  let cluster: EmbeddedPostgresHandle | null = null;
  let url = config.databaseUrl;
  if (url === null) {
    cluster = await startEmbeddedPostgres({ ...config.embeddedPostgres, log });
    url = databaseUrl(cluster.adminUrl, EMBEDDED_DATABASE_NAME);
    await ensureDatabase(cluster.adminUrl, EMBEDDED_DATABASE_NAME);
  }
  const dataSource = createDataSource({ url, poolSize: config.databasePoolSize, log, model, applicationName });
  try {
    await dataSource.initialize();
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: cluster !== null,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (cluster?.owned) {
        await cluster.stop();
        log.info('embedded PostgreSQL stopped');
      }
    },
  };
}
