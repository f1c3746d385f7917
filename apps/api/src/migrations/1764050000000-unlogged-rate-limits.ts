import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters need no crash safety (a restart that forgets a minute of counts is
 * harmless), so their table writes no WAL: the hottest write of the public lookups gets cheaper.
 * TypeORM does not model UNLOGGED, so the schema check is unaffected.
 */
export class UnloggedRateLimits1764050000000 implements MigrationInterface {
  name = 'UnloggedRateLimits1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_counter" SET UNLOGGED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_counter" SET LOGGED`);
  }
}
