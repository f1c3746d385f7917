import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ma'na performance management: periods, indicators, referral trees, performance entries, proposals. */
export class Performance1763930000000 implements MigrationInterface {
  name = 'Performance1763930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."evaluation_period_status" AS ENUM('OPEN', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "evaluation_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "status" "public"."evaluation_period_status" NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_afff8769af5b884de5ec8f0d3b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."indicator_comparison_type" AS ENUM('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'THRESHOLD')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_aggregation" AS ENUM('SUM', 'MEAN')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_category" AS ENUM('GENERAL', 'SPECIFIC')`);
    await queryRunner.query(
      `CREATE TYPE "public"."indicator_status" AS ENUM('NOT_REFERRED', 'REFERRED', 'REVIEW', 'APPROVED', 'FORWARDED', 'EVALUATED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "organisation_unit_id" uuid NOT NULL, "title" text NOT NULL, "legal_basis" text, "nature" text, "comparison_type" "public"."indicator_comparison_type" NOT NULL, "aggregation" "public"."indicator_aggregation" NOT NULL DEFAULT 'SUM', "unit_of_measure" text NOT NULL, "target" numeric(18,4) NOT NULL, "score_cap" numeric(10,2) NOT NULL, "weight" numeric(10,2) NOT NULL, "category" "public"."indicator_category" NOT NULL, "status" "public"."indicator_status" NOT NULL DEFAULT 'NOT_REFERRED', "evaluation_note" text, "proposal_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_indicator_period_unit" ON "indicator"  ("period_id", "organisation_unit_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."referral_status" AS ENUM('REFERRED', 'IN_PROGRESS', 'DELEGATED', 'REVIEW', 'SUBMITTED', 'RETURNED', 'APPROVED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."referral_breakdown" AS ENUM('NONE', 'BY_SPECIALISED_UNIT')`);
    await queryRunner.query(
      `CREATE TABLE "referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "parent_id" uuid, "referrer_id" uuid NOT NULL, "assignee_id" uuid NOT NULL, "organisation_unit_id" uuid NOT NULL, "deadline" date NOT NULL, "status" "public"."referral_status" NOT NULL DEFAULT 'REFERRED', "breakdown" "public"."referral_breakdown" NOT NULL DEFAULT 'NONE', "province" text, "target" numeric(18,4) NOT NULL, "return_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_referral_indicator" ON "referral"  ("indicator_id") `);
    await queryRunner.query(`CREATE INDEX "IX_referral_parent" ON "referral"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IX_referral_unit" ON "referral"  ("organisation_unit_id") `);
    await queryRunner.query(`CREATE INDEX "IX_referral_assignee_status" ON "referral"  ("assignee_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "performance_entry" ("referral_id" uuid NOT NULL, "value" numeric(18,4), "has_strategic_plan" boolean NOT NULL DEFAULT false, "has_information_system" boolean NOT NULL DEFAULT false, "description" text, "key_obstacles" text, "improvement_measures" text, "partner_performance" text, "is_baseline" boolean NOT NULL DEFAULT false, "baseline_note" text, "evidence_file_ids" uuid array NOT NULL DEFAULT '{}', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08c61f6dd0ad1cc0521557ab460" PRIMARY KEY ("referral_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."indicator_proposal_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "indicator_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "organisation_unit_id" uuid NOT NULL, "proposed_by" uuid NOT NULL, "title" text NOT NULL, "unit_of_measure" text NOT NULL, "nature" text, "calculation_method" text NOT NULL, "comparison_type" "public"."indicator_comparison_type" NOT NULL, "target_lower" numeric(18,4) NOT NULL, "target_upper" numeric(18,4) NOT NULL, "target" numeric(18,4) NOT NULL, "score" numeric(10,2) NOT NULL, "status" "public"."indicator_proposal_status" NOT NULL DEFAULT 'PENDING', "decision_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_36c835520943b819a4764e5adb9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_indicator_proposal_period_unit" ON "indicator_proposal"  ("period_id", "organisation_unit_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_indicator_proposal_period_unit"`);
    await queryRunner.query(`DROP TABLE "indicator_proposal"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_proposal_status"`);
    await queryRunner.query(`DROP TABLE "performance_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IX_referral_assignee_status"`);
    await queryRunner.query(`DROP INDEX "public"."IX_referral_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IX_referral_parent"`);
    await queryRunner.query(`DROP INDEX "public"."IX_referral_indicator"`);
    await queryRunner.query(`DROP TABLE "referral"`);
    await queryRunner.query(`DROP TYPE "public"."referral_breakdown"`);
    await queryRunner.query(`DROP TYPE "public"."referral_status"`);
    await queryRunner.query(`DROP INDEX "public"."IX_indicator_period_unit"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_comparison_type"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_status"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_category"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_aggregation"`);
    await queryRunner.query(`DROP TABLE "evaluation_period"`);
    await queryRunner.query(`DROP TYPE "public"."evaluation_period_status"`);
  }
}
