import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A forgotten password is reset with a code sent by SMS: its own kind of challenge. */
export class PasswordResetChallenge1764500000000 implements MigrationInterface {
  name = 'PasswordResetChallenge1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."auth_challenge_kind" ADD VALUE IF NOT EXISTS 'PASSWORD_RESET'`);
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; it stays (unused) after a rollback.
  }
}
