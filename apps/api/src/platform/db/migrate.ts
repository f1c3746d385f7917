import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import { isTransactionPooled } from './data-source';

/**
 * Runs pending migrations, one process at a time (an advisory lock guards against replicas racing).
 * The lock is held by a session across transactions, so this runs on a direct connection
 * (`DATABASE_DIRECT_URL`), never through a transaction pooler.
 */
export async function runMigrations(dataSource: DataSource, log: Logger): Promise<string[]> {
  if (isTransactionPooled(dataSource))
    throw new Error('Migrations need a direct connection (DATABASE_DIRECT_URL), not a transaction pooler');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', ['pishkhan:migrations']);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of done) log.info({ migration: migration.name }, 'migration applied');
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', ['pishkhan:migrations']).catch(() => undefined);
    await runner.release();
  }
}

/**
 * The SQL TypeORM would run to make the database match the entities. Empty when the migrations
 * and the entities agree; CI fails otherwise.
 */
export async function schemaDrift(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}
