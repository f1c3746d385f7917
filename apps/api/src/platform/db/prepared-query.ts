import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { isTransactionPooled } from './data-source';

/**
 * Runs a named prepared statement on a connection of TypeORM's pool, taken through the driver's
 * public `obtainMasterConnection()`: PostgreSQL parses and plans it once per connection instead of
 * on every call (planning the cluster lookup's join cost more than running it). For the hottest
 * statements only: their text never varies, only their values.
 *
 * Behind a transaction pooler (`DATABASE_POOLER=transaction`) the statement is sent unnamed: a
 * named one lives on the server connection that prepared it, which the next call may not get
 * (PgBouncer 1.18 then answers `prepared statement "…" already exists`, or does not exist).
 */
export async function preparedQuery<Row>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<Row[]> {
  const driver = dataSource.driver;
  if (!(driver instanceof PostgresDriver)) throw new Error('preparedQuery needs the PostgreSQL driver');
  const statement = isTransactionPooled(dataSource) ? { text, values } : { name, text, values };
  const [client, release] = (await driver.obtainMasterConnection()) as [PoolClient, (error?: Error) => void];
  // A connection lost while checked out is reported on the client as an 'error' event, which with
  // no listener would end the process: the query's own rejection tells the caller instead.
  let lost: Error | null = null;
  const onError = (error: Error) => {
    lost = error;
  };
  client.on('error', onError);
  let broken: Error | undefined;
  try {
    const result = await client.query<Row & Record<string, unknown>>(statement);
    return result.rows;
  } catch (error) {
    // A refusal by PostgreSQL leaves the connection usable; anything else (a broken socket) ends it.
    const answeredByServer =
      typeof (error as { code?: unknown }).code === 'string' &&
      (error as { severity?: unknown }).severity !== undefined &&
      (error as { severity?: unknown }).severity !== 'FATAL';
    if (!answeredByServer) broken = error as Error;
    throw error;
  } finally {
    client.removeListener('error', onError);
    release(lost ?? broken);
  }
}
