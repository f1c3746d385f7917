import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logging/logger';

/** TypeORM's logger writing slow queries and errors to pino, never the parameters (personal data). */
function typeormLogger(log: Logger): TypeOrmLogger {
  return {
    logQuery: () => undefined,
    logQueryError: (error, query) => log.error({ err: error, query }, 'query failed'),
    logQuerySlow: (time, query) => log.warn({ ms: time, query }, 'slow query'),
    logSchemaBuild: (message) => log.debug(message),
    logMigration: (message) => log.info(message),
    log: (level, message) => (level === 'warn' ? log.warn(String(message)) : log.debug(String(message))),
  };
}

/** What a DataSource maps: every context's entities and migrations (`composition.ts` has the list). */
export interface DatabaseModel {
  entities: Function[];
  migrations: Function[];
}

/** The one way to build a DataSource: migrations only, never `synchronize`. */
export function createDataSource(options: { url: string; poolSize: number; log: Logger; model: DatabaseModel; applicationName?: string }): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.model.entities,
    migrations: options.model.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install (or to be allowed to).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    maxQueryExecutionTime: 500,
    logger: typeormLogger(options.log),
    applicationName: options.applicationName ?? 'pishkhan-api',
    extra: {
      max: options.poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 30_000,
    },
  });
}
