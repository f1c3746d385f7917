import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logging/logger';
import { SeedRun } from './seed-run.entity';

/** One context's demo data. Applied once per database, in one transaction with its record. */
export interface SeedSet {
  name: string;
  apply(manager: EntityManager): Promise<void>;
}

/** Applies the demo-data sets this database has not had yet, in order. Returns their names. */
export async function applySeeds(dataSource: DataSource, sets: readonly SeedSet[], log: Logger): Promise<string[]> {
  const applied: string[] = [];
  for (const set of sets) {
    const done = await dataSource.transaction(async (manager) => {
      // One seeder at a time per set, even across processes.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`seed:${set.name}`]);
      if (await manager.existsBy(SeedRun, { name: set.name })) return false;
      await set.apply(manager);
      await manager.insert(SeedRun, { name: set.name });
      return true;
    });
    if (done) {
      applied.push(set.name);
      log.info({ seed: set.name }, 'demo data applied');
    }
  }
  return applied;
}

/** True when no demo data at all was ever applied to this database. */
export async function databaseIsUnseeded(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(SeedRun).count()) === 0;
}
