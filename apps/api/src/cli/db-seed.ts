import { runMigrations } from '../platform/db/migrate';
import { applySeeds } from '../platform/db/seed';
import { SEED_SETS } from '../composition';
import { withDatabase } from './with-database';

void withDatabase('db-seed', async (dataSource, log) => {
  await runMigrations(dataSource, log);
  const applied = await applySeeds(dataSource, SEED_SETS, log);
  log.info({ applied, known: SEED_SETS.map((set) => set.name) }, applied.length ? 'demo data applied' : 'no demo data pending');
});
