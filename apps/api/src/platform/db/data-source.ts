import 'reflect-metadata';
import {
  DataSource,
  EventSubscriber,
  type EntitySubscriberInterface,
  type Logger as TypeOrmLogger,
  type TransactionStartEvent,
} from 'typeorm';
import type { Logger } from '../logging/logger';
import type { PoolerMode } from './db-config';

/** Longest a statement of the API may run. */
export const STATEMENT_TIMEOUT_MS = 30_000;

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

/**
 * Behind a transaction pooler the startup parameter `statement_timeout` is refused (PgBouncer 1.18
 * knows only a handful) and a plain `SET` would leak to whoever gets the server connection next:
 * every transaction sets its own with `SET LOCAL`, which ends with it. (Single statements outside
 * a transaction take the role's setting: `ALTER ROLE … SET statement_timeout`, see docs/scaling.md.)
 */
@EventSubscriber()
export class StatementTimeoutPerTransaction implements EntitySubscriberInterface {
  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    await event.queryRunner.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
  }
}

/** The options objects of data sources that reach PostgreSQL through a transaction pooler. */
const TRANSACTION_POOLED = new WeakSet<object>();

/**
 * True when `dataSource` goes through a transaction pooler, so that nothing may outlive a
 * transaction on its connections (named prepared statements, session settings).
 */
export function isTransactionPooled(dataSource: DataSource): boolean {
  return TRANSACTION_POOLED.has(dataSource.options);
}

/** What a DataSource maps: every context's entities and migrations (`composition.ts` has the list). */
export interface DatabaseModel {
  entities: Function[];
  migrations: Function[];
}

/** The one way to build a DataSource: migrations only, never `synchronize`. */
export function createDataSource(options: {
  url: string;
  poolSize: number;
  log: Logger;
  model: DatabaseModel;
  applicationName?: string;
  pooler?: PoolerMode;
}): DataSource {
  const pooled = options.pooler === 'transaction';
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.model.entities,
    migrations: options.model.migrations,
    subscribers: pooled ? [StatementTimeoutPerTransaction] : [],
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
      // A startup parameter: PostgreSQL keeps it for the session. Not through a transaction pooler.
      ...(pooled ? {} : { statement_timeout: STATEMENT_TIMEOUT_MS }),
    },
  });
  if (pooled) TRANSACTION_POOLED.add(dataSource.options);
  return dataSource;
}
