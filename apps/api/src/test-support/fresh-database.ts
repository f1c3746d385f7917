import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { DATABASE_MODEL } from '../composition';
import { createDataSource } from '../platform/db/data-source';
import { databaseUrl } from '../platform/db/embedded-postgres';
import { dropDatabase, ensureDatabase } from '../platform/db/ensure-database';
import { runMigrations } from '../platform/db/migrate';
import { createLogger } from '../platform/logging/logger';

export interface FreshDatabase {
  /** The database's URL (direct, past any pooler). */
  url: string;
  /** A direct DataSource on it, for fixtures and checks. */
  db: DataSource;
  /** Closes `db` and drops the database. */
  drop(): Promise<void>;
}

/**
 * A migrated database of a test file's own, on the run's PostgreSQL (or on `adminUrl`'s server),
 * for tests that own global rows (the active campaign) or start API processes of their own.
 */
export async function freshDatabase(prefix: string, adminUrl: string = inject('adminDatabaseUrl')): Promise<FreshDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = databaseUrl(adminUrl, name);
  const log = createLogger('silent');
  const db = createDataSource({ url, poolSize: 4, log, model: DATABASE_MODEL, applicationName: 'pishkhan-test' });
  await db.initialize();
  await runMigrations(db, log);
  return {
    url,
    db,
    async drop() {
      if (db.isInitialized) await db.destroy();
      await dropDatabase(adminUrl, name);
    },
  };
}
