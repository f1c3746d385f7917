import { runMigrations } from '../platform/db/migrate';
import { withDatabase } from './with-database';

void withDatabase('db-migrate', async (dataSource, log) => {
  const applied = await runMigrations(dataSource, log);
  log.info({ applied: applied.length }, applied.length ? 'migrations applied' : 'no pending migrations');
});
