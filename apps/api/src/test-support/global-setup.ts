import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../platform/logging/logger';
import { createDataSource } from '../platform/db/data-source';
import { DATABASE_MODEL } from '../composition';
import { runMigrations } from '../platform/db/migrate';
import { databaseUrl, freePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../platform/db/embedded-postgres';
import { dropDatabase, ensureDatabase } from '../platform/db/ensure-database';
import { startPgBouncer, type PgBouncerHandle } from './pgbouncer';
import { serverOf } from './test-pooler';

declare module 'vitest' {
  interface ProvidedContext {
    /** A migrated database made for this run only. */
    databaseUrl: string;
    /** The cluster's maintenance database, for tests that make databases of their own. */
    adminDatabaseUrl: string;
  }
}

/**
 * Makes a fresh, migrated database for this run on `TEST_DATABASE_URL`'s server, or on an embedded
 * PostgreSQL started in a temporary folder; drops it (and stops the cluster) at the end. With
 * `TEST_POOLER=pgbouncer`, also starts a PgBouncer in transaction pooling in front of that server
 * (a free port, a temporary folder), which every test API then goes through (`test-pooler.ts`).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = createLogger('warn');
  const pooler = process.env.TEST_POOLER?.trim() || 'none';
  if (pooler !== 'none' && pooler !== 'pgbouncer') throw new Error(`TEST_POOLER must be pgbouncer or unset (got "${pooler}")`);
  let cluster: EmbeddedPostgresHandle | null = null;
  let tempDir: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL?.trim() || '';
  if (adminUrl === '') {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'pishkhan-it-'));
    await chmod(tempDir, 0o755); // the cluster runs as the `postgres` OS user when we are root
    cluster = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'pg'), port: await freePort(), log });
    adminUrl = cluster.adminUrl;
  }
  const name = `pishkhan_it_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = databaseUrl(adminUrl, name);
  const dataSource = createDataSource({ url, poolSize: 2, log, model: DATABASE_MODEL });
  await dataSource.initialize();
  await runMigrations(dataSource, log);
  await dataSource.destroy();

  let bouncer: PgBouncerHandle | null = null;
  let bouncerDir: string | null = null;
  if (pooler === 'pgbouncer') {
    bouncerDir = await mkdtemp(path.join(os.tmpdir(), 'pishkhan-pgbouncer-'));
    bouncer = await startPgBouncer({ targetUrl: adminUrl, dir: bouncerDir });
  }

  project.provide('databaseUrl', url);
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('pgbouncer', bouncer ? { host: bouncer.host, port: bouncer.port, target: serverOf(adminUrl) } : null);

  return async () => {
    await bouncer?.stop();
    if (bouncerDir) await rm(bouncerDir, { recursive: true, force: true });
    await dropDatabase(adminUrl, name).catch(() => undefined);
    await cluster?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
