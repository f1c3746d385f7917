import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a named prepared statement on the pool behind TypeORM: PostgreSQL parses and plans it once
 * per connection instead of on every call (planning the cluster lookup's join cost more than
 * running it). For the hottest statements only: their text never varies, only their values.
 */
export async function preparedQuery<Row>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<Row[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query<Row & Record<string, unknown>>({ name, text, values });
  return result.rows;
}
