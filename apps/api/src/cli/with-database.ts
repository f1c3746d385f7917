import type { DataSource } from 'typeorm';
import { ConfigError } from '../platform/config/env-reader';
import { loadConfig, type Config } from '../platform/config/config';
import { createLogger, type Logger } from '../platform/logging/logger';
import { openDatabase } from '../platform/db/database';
import { DATABASE_MODEL } from '../composition';

/**
 * Runs a command-line task on the API's database: `DATABASE_URL` (or `DATABASE_DIRECT_URL`, past a
 * transaction pooler, when set), or the embedded PostgreSQL (attached to when the API is running,
 * started and stopped around the task when it is not).
 * Exits 0 on success, 1 on failure, 78 on bad configuration.
 */
export async function withDatabase(
  name: string,
  task: (dataSource: DataSource, log: Logger, config: Config) => Promise<void>,
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const log = createLogger(config.logLevel).child({ command: name });
  let exitCode = 0;
  const database = await openDatabase(config, log, DATABASE_MODEL, `pishkhan-${name}`).catch((error: unknown) => {
    log.fatal({ err: error }, 'could not open the database');
    process.exit(1);
  });
  try {
    // Migrations, seeds, imports and exports are batch work: past any pooler (DATABASE_DIRECT_URL when set).
    await task(database.directDataSource, log, config);
  } catch (error) {
    log.error({ err: error }, `${name} failed`);
    exitCode = 1;
  } finally {
    await database.close();
  }
  process.exit(exitCode);
}
