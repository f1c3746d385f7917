import { runMigrations, schemaDrift } from '../platform/db/migrate';
import { withDatabase } from './with-database';

/**
 * Fails when the entities and the migrations disagree: applies every migration, then asks TypeORM
 * what it would still change. Run it on a scratch database (CI does).
 */
void withDatabase('db-check', async (dataSource, log) => {
  await runMigrations(dataSource, log);
  const drift = await schemaDrift(dataSource);
  if (drift.length > 0) {
    process.stderr.write(`The entities need SQL the migrations do not have; write a migration for:\n${drift.join(';\n')};\n`);
    throw new Error('entities and migrations disagree');
  }
  log.info('entities and migrations agree');
});
