import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../platform/db/data-source';
import { runMigrations, schemaDrift } from '../platform/db/migrate';
import { createLogger } from '../platform/logging/logger';
import { DATABASE_MODEL, MIGRATIONS } from '../composition';

let dataSource: DataSource;
beforeAll(async () => {
  dataSource = createDataSource({ url: inject('databaseUrl'), poolSize: 2, log: createLogger('silent'), model: DATABASE_MODEL });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
});

describe('migrations', () => {
  it('are all applied to the run database and a second run applies nothing', async () => {
    expect(await runMigrations(dataSource, createLogger('silent'))).toEqual([]);
    const rows = (await dataSource.query('SELECT name FROM migrations ORDER BY id')) as Array<{ name: string }>;
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('match the entities: TypeORM would change nothing', async () => {
    expect(await schemaDrift(dataSource)).toEqual([]);
  });
});
