import { inject } from 'vitest';

declare module 'vitest' {
  interface ProvidedContext {
    /**
     * With `TEST_POOLER=pgbouncer`: the PgBouncer (transaction pooling) the run started in front of
     * its PostgreSQL (`target`, host:port), which every test API goes through. Null otherwise.
     */
    pgbouncer: { host: string; port: number; target: string } | null;
  }
}

/** host:port of a postgres URL. */
export function serverOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}

/**
 * The API's database variables as the run wants them: unchanged, or — in the PgBouncer run — with
 * `DATABASE_URL` through the run's PgBouncer (transaction pooling), `DATABASE_DIRECT_URL` past it
 * and `DATABASE_POOLER=transaction`. Only for a database of the run's own PostgreSQL, and only
 * when the test did not choose a pooler itself.
 */
export function throughTestPooler(env: Record<string, string>): Record<string, string> {
  const bouncer = inject('pgbouncer');
  if (!bouncer || env.DATABASE_POOLER !== undefined || !env.DATABASE_URL || serverOf(env.DATABASE_URL) !== bouncer.target) return env;
  const pooled = new URL(env.DATABASE_URL);
  pooled.hostname = bouncer.host;
  pooled.port = String(bouncer.port);
  return {
    ...env,
    DATABASE_URL: pooled.toString(),
    DATABASE_DIRECT_URL: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL,
    DATABASE_POOLER: 'transaction',
  };
}
