import { Client } from 'pg';

/**
 * The run's embedded PostgreSQL (started by the API the Playwright config launches), for what a
 * browser cannot do: letting days pass. Credentials are the embedded cluster's (apps/api
 * platform/db/embedded-postgres.ts), the port the config's.
 */
export async function withDatabase<T>(work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({
    host: '127.0.0.1',
    port: Number(process.env.E2E_PG_PORT ?? 54331),
    user: 'postgres',
    password: 'postgres',
    database: 'pishkhan',
  });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
