import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a named prepared statement on a connection of TypeORM's pool, taken through the driver's
 * public `obtainMasterConnection()`: PostgreSQL parses and plans it once per connection instead of
 * on every call (planning the cluster lookup's join cost more than running it). For the hottest
 * statements only: their text never varies, only their values.
 */
export async function preparedQuery<Row>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<Row[]> {
  const driver = dataSource.driver;
  if (!(driver instanceof PostgresDriver)) throw new Error('preparedQuery needs the PostgreSQL driver');
  const [client, release] = (await driver.obtainMasterConnection()) as [PoolClient, (error?: Error) => void];
  try {
    const result = await client.query<Row & Record<string, unknown>>({ name, text, values });
    release();
    return result.rows;
  } catch (error) {
    // A refusal by PostgreSQL leaves the connection usable; anything else (a broken socket) ends it.
    const answeredByServer = typeof (error as { code?: unknown }).code === 'string' && (error as { severity?: unknown }).severity !== undefined;
    release(answeredByServer ? undefined : (error as Error));
    throw error;
  }
}
