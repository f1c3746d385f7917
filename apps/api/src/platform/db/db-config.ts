import { ConfigError, type readEnv } from '../config/env-reader';

type Reader = ReturnType<typeof readEnv>;

const POSTGRES_URL = ['postgres:', 'postgresql:'];

/**
 * `none`: DATABASE_URL reaches PostgreSQL itself (or a session pooler). `transaction`: it reaches a
 * transaction pooler (PgBouncer `pool_mode = transaction`), where a server connection is the
 * client's only for one transaction: no named prepared statements, no startup parameters, no
 * session settings and no session advisory locks go through it.
 */
export type PoolerMode = 'none' | 'transaction';

/** How the API reaches PostgreSQL beyond `DATABASE_URL`: pooler, direct connection, read replica. */
export interface DatabaseTopology {
  /** `DATABASE_POOLER`: what stands between `DATABASE_URL` (and `DATABASE_READ_URL`) and PostgreSQL. */
  pooler: PoolerMode;
  /**
   * `DATABASE_DIRECT_URL`: PostgreSQL itself, past any pooler, for migrations (a session advisory
   * lock) and the job queue. Null: `DATABASE_URL` serves them (required with a transaction pooler).
   */
  directUrl: string | null;
  /**
   * `DATABASE_READ_URL`: a streaming replica (or its pooler) for the read-only inquiry paths that
   * may be slightly stale. Null: the primary serves them.
   */
  readUrl: string | null;
  /** `DATABASE_READ_POOL_SIZE`: connections per API process to the replica. */
  readPoolSize: number;
  /**
   * `DATABASE_READ_MAX_LAG_MS`: the most a replica read may lag behind the primary. A replica
   * further behind (or unreachable) is skipped: those reads go to the primary until it catches up.
   */
  readMaxLagMs: number;
}

/** Reads `DATABASE_POOLER`, `DATABASE_DIRECT_URL`, `DATABASE_READ_URL`, `DATABASE_READ_POOL_SIZE`, `DATABASE_READ_MAX_LAG_MS`. */
export function readDatabaseTopology(read: Reader, databaseUrl: string | null): DatabaseTopology {
  const pooler = read.oneOf('DATABASE_POOLER', ['none', 'transaction'] as const, 'none');
  const directUrl = read.url('DATABASE_DIRECT_URL', POSTGRES_URL);
  const readUrl = read.url('DATABASE_READ_URL', POSTGRES_URL);
  if (databaseUrl === null) {
    if (pooler !== 'none')
      throw new ConfigError('DATABASE_URL', 'set when DATABASE_POOLER is transaction (the embedded PostgreSQL has no pooler)', undefined);
    if (directUrl !== null)
      throw new ConfigError('DATABASE_DIRECT_URL', 'unset with the embedded PostgreSQL (set DATABASE_URL first)', undefined);
    if (readUrl !== null)
      throw new ConfigError('DATABASE_READ_URL', 'unset with the embedded PostgreSQL (set DATABASE_URL first)', undefined);
  }
  if (pooler === 'transaction' && directUrl === null) {
    throw new ConfigError(
      'DATABASE_DIRECT_URL',
      'set when DATABASE_POOLER is transaction (migrations and the job queue need a connection past the pooler)',
      undefined,
    );
  }
  return {
    pooler,
    directUrl,
    readUrl,
    readPoolSize: read.int('DATABASE_READ_POOL_SIZE', 10, { min: 1, max: 500 }),
    readMaxLagMs: read.int('DATABASE_READ_MAX_LAG_MS', 2_000, { min: 100, max: 3_600_000 }),
  };
}
