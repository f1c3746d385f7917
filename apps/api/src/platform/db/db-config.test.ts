import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { ConfigError } from '../config/env-reader';

const URL = 'postgres://pishkhan:hunter2@pgbouncer:6432/pishkhan';
const DIRECT = 'postgres://pishkhan:hunter2@db-primary:5432/pishkhan';

describe('database topology configuration', () => {
  it('is one direct database with no replica by default', () => {
    expect(loadConfig({ DATABASE_URL: DIRECT }).database).toEqual({
      pooler: 'none',
      directUrl: null,
      readUrl: null,
      readPoolSize: 10,
      readMaxLagMs: 2000,
    });
  });

  it('takes a transaction pooler with its direct connection, and a read replica', () => {
    const config = loadConfig({
      DATABASE_URL: URL,
      DATABASE_POOLER: 'transaction',
      DATABASE_DIRECT_URL: DIRECT,
      DATABASE_READ_URL: 'postgresql://r@replica/pishkhan',
      DATABASE_READ_POOL_SIZE: '20',
      DATABASE_READ_MAX_LAG_MS: '500',
    });
    expect(config.database).toEqual({
      pooler: 'transaction',
      directUrl: DIRECT,
      readUrl: 'postgresql://r@replica/pishkhan',
      readPoolSize: 20,
      readMaxLagMs: 500,
    });
  });

  it.each([
    [{ DATABASE_URL: URL, DATABASE_POOLER: 'session' }, 'DATABASE_POOLER must be one of none, transaction (got "session")'],
    [{ DATABASE_URL: URL, DATABASE_POOLER: 'transaction' }, 'DATABASE_DIRECT_URL must be set when DATABASE_POOLER is transaction'],
    [{ DATABASE_POOLER: 'transaction', DATABASE_DIRECT_URL: DIRECT }, 'DATABASE_URL must be set when DATABASE_POOLER is transaction'],
    [{ DATABASE_READ_URL: DIRECT }, 'DATABASE_READ_URL must be unset with the embedded PostgreSQL'],
    [{ DATABASE_DIRECT_URL: DIRECT }, 'DATABASE_DIRECT_URL must be unset with the embedded PostgreSQL'],
    [
      { DATABASE_URL: URL, DATABASE_READ_URL: 'mysql://u:hunter2@replica/x' },
      'DATABASE_READ_URL must be a URL starting with postgres:// or postgresql://',
    ],
    [{ DATABASE_URL: URL, DATABASE_READ_MAX_LAG_MS: '10' }, 'DATABASE_READ_MAX_LAG_MS must be an integer from 100 to 3600000'],
    [{ DATABASE_URL: URL, JOBS_POLL_INTERVAL_MS: '0' }, 'JOBS_POLL_INTERVAL_MS must be an integer from 50'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});
