import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Households for other systems: the change feed and API clients. */
export class HouseholdFeed1763950000000 implements MigrationInterface {
  name = 'HouseholdFeed1763950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."household_change_type" AS ENUM('DEATH', 'MARRIAGE', 'DIVORCE', 'CUSTODY', 'GUARDIANSHIP', 'IRRECONCILABILITY', 'SPONSORSHIP', 'BIRTH')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."household_change_source" AS ENUM('HOUSEHOLD_PORTAL', 'POLICE_PLUS_10')`);
    await queryRunner.query(
      `CREATE TABLE "household_change_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "type" "public"."household_change_type" NOT NULL, "source" "public"."household_change_source" NOT NULL, "occurred_on" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "household_ids" uuid array NOT NULL, "national_ids" text array NOT NULL, "recorded_by" text NOT NULL, CONSTRAINT "PK_e9e180f070231a0c605506b87b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_household_change_event_recorded_at" ON "household_change_event"  ("recorded_at") `);
    await queryRunner.query(
      `CREATE TABLE "api_client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "key_prefix" text NOT NULL, "key_hash" bytea NOT NULL, "scopes" text array NOT NULL, "daily_quota" integer NOT NULL, "ip_allowlist" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82a5ec6981d2be903a9eb1d9b9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_client_key_prefix" ON "api_client"  ("key_prefix") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_api_client_key_prefix"`);
    await queryRunner.query(`DROP TABLE "api_client"`);
    await queryRunner.query(`DROP INDEX "public"."IX_household_change_event_recorded_at"`);
    await queryRunner.query(`DROP TABLE "household_change_event"`);
    await queryRunner.query(`DROP TYPE "public"."household_change_source"`);
    await queryRunner.query(`DROP TYPE "public"."household_change_type"`);
  }
}
