import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Households: confirmations and objections with their queues. */
export class HouseholdResponses1763960000000 implements MigrationInterface {
  name = 'HouseholdResponses1763960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."household_response_kind" AS ENUM('CONFIRMATION', 'OBJECTION')`);
    await queryRunner.query(`CREATE TYPE "public"."household_response_channel" AS ENUM('WEB', 'ASSISTED')`);
    await queryRunner.query(`CREATE TYPE "public"."objection_body" AS ENUM('CIVIL_REGISTRY', 'SUBSIDY_ORGANISATION')`);
    await queryRunner.query(`CREATE TYPE "public"."objection_status" AS ENUM('OPEN', 'ACCEPTED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "household_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "kind" "public"."household_response_kind" NOT NULL, "channel" "public"."household_response_channel" NOT NULL, "operator_id" uuid, "office_code" text, "body" "public"."objection_body", "reason" text, "status" "public"."objection_status", "resolution" text, "resolved_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_540a823f5ceb8bf1fc2a006cb98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_household_response_household" ON "household_response"  ("household_id") `);
    await queryRunner.query(`CREATE INDEX "IX_household_response_queue" ON "household_response"  ("kind", "body", "status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_household_response_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IX_household_response_household"`);
    await queryRunner.query(`DROP TABLE "household_response"`);
    await queryRunner.query(`DROP TYPE "public"."objection_status"`);
    await queryRunner.query(`DROP TYPE "public"."objection_body"`);
    await queryRunner.query(`DROP TYPE "public"."household_response_channel"`);
    await queryRunner.query(`DROP TYPE "public"."household_response_kind"`);
  }
}
