import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SeedRun1763900000000 implements MigrationInterface {
  name = 'SeedRun1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "seed_run" ("name" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_seed_run_name" PRIMARY KEY ("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "seed_run"`);
  }
}
