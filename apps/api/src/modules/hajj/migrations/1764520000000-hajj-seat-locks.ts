import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `hajj_lock_quotas(keys, lock_timeout)`: a seat change's quota locks in one round trip. It sets the
 * transaction's lock timeout first, then takes a transaction advisory lock on each distinct key one
 * after the other, in byte order of the keys (PL/pgSQL's loop runs the ordered query's rows in
 * order: the order is guaranteed, not left to a plan), so two seat changes never wait on each
 * other in a cycle. It answers how many locks it took. The recount that follows must be a statement
 * of its own: under READ COMMITTED a statement sees what was committed before it started, and this
 * one started before it had the locks.
 */
export class HajjSeatLocks1764520000000 implements MigrationInterface {
  name = 'HajjSeatLocks1764520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "hajj_lock_quotas"(keys text[], wait text) RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  quota text;
  taken integer := 0;
BEGIN
  PERFORM set_config('lock_timeout', wait, true);
  FOR quota IN SELECT DISTINCT k COLLATE "C" FROM unnest(keys) AS k ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended(quota, 0));
    taken := taken + 1;
  END LOOP;
  RETURN taken;
END $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "hajj_lock_quotas"(text[], text)`);
  }
}
