import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The PostgreSQL job queue and the daily change files. */
export class Jobs1763980000000 implements MigrationInterface {
  name = 'Jobs1763980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "daily_change_file" ("day" date NOT NULL, "content" text NOT NULL, "sha256" text NOT NULL, "events" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15dcfc3bdeeb5dd21d52a8d50c3" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."job_status" AS ENUM('PENDING', 'RUNNING', 'DONE', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "job" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL, "dedupe_key" text, "status" "public"."job_status" NOT NULL DEFAULT 'PENDING', "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL DEFAULT '8', "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98ab1c14ff8d1cf80d18703b92f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_job_dedupe_key" ON "job"  ("dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "IX_job_due" ON "job"  ("status", "run_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_job_due"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_job_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "job"`);
    await queryRunner.query(`DROP TYPE "public"."job_status"`);
    await queryRunner.query(`DROP TABLE "daily_change_file"`);
  }
}
