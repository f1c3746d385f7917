import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counter offices' roles: the foreign-nationals inspector and the association (seed 003). */
export class CounterOfficeRoles1764300000000 implements MigrationInterface {
  name = 'CounterOfficeRoles1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."role" ADD VALUE IF NOT EXISTS 'FOREIGN_NATIONALS_INSPECTOR' BEFORE 'SYSTEM_ADMIN'`);
    await queryRunner.query(`ALTER TYPE "public"."role" ADD VALUE IF NOT EXISTS 'COUNTER_OFFICES_ADMIN' BEFORE 'SYSTEM_ADMIN'`);
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the roles stay (unused) after a rollback.
  }
}
