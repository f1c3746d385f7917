import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Households (seed 000, 001): households and members, the cluster campaign, the pilot, subsidy requests; shared rate-limit counters. */
export class Households1763940000000 implements MigrationInterface {
  name = 'Households1763940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."household_status" AS ENUM('ACTIVE', 'DISSOLVED')`);
    await queryRunner.query(
      `CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tracking_code" text NOT NULL, "income_cluster" smallint NOT NULL, "province" text NOT NULL, "armed_forces" boolean NOT NULL DEFAULT false, "status" "public"."household_status" NOT NULL DEFAULT 'ACTIVE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_household_tracking_code" ON "household"  ("tracking_code") `);
    await queryRunner.query(`CREATE TYPE "public"."household_relation" AS ENUM('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "household_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "national_id" character(10) NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "birth_date" date NOT NULL, "gender" character(1) NOT NULL, "relation" "public"."household_relation" NOT NULL, "joined_at" date NOT NULL, "left_at" date, CONSTRAINT "PK_84e1d1f2553646d38e7c8b72a10" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_household_member_current_head" ON "household_member"  ("household_id") WHERE "left_at" IS NULL AND "relation" = 'HEAD'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_household_member_current_person" ON "household_member"  ("national_id") WHERE "left_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IX_household_member_household" ON "household_member"  ("household_id") `);
    await queryRunner.query(
      `CREATE TABLE "cluster_campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "active" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_9d714d41baf6f33adc0d040851f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_cluster_campaign_active" ON "cluster_campaign"  ("active") WHERE "active"`);
    await queryRunner.query(
      `CREATE TABLE "campaign_window" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "min_size" smallint, "max_size" smallint, "catch_up" boolean NOT NULL DEFAULT false, "start_date" date NOT NULL, "end_date" date NOT NULL, CONSTRAINT "PK_4a05e8ffdf716505c0da3c30528" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_campaign_window_campaign" ON "campaign_window"  ("campaign_id") `);
    await queryRunner.query(
      `CREATE TABLE "subsidy_pilot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prefixes" text array NOT NULL, "refusal_code" text NOT NULL, "refusal_message" text NOT NULL, "portal_url" text NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_9d22d7b5581487fc9045624daaf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."subsidy_service" AS ENUM('DEATH', 'MARRIAGE', 'DIVORCE', 'CUSTODY', 'GUARDIANSHIP', 'IRRECONCILABILITY', 'SPONSORSHIP')`,
    );
    await queryRunner.query(
      `CREATE TABLE "subsidy_service_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "national_id" character(10) NOT NULL, "service" "public"."subsidy_service" NOT NULL, "recorded_by" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3176dc30b7c4419faa4ac0a61e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_subsidy_service_request_national_id" ON "subsidy_service_request"  ("national_id") `);
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counter" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_ebe8d4cd94f7816b2455101405e" PRIMARY KEY ("key", "window_start"))`,
    );
    // An active household with members has exactly one head, checked at commit (a change of head
    // inside one transaction is allowed); the unique index above already refuses a second head.
    await queryRunner.query(`CREATE FUNCTION household_has_one_head() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE hid uuid := COALESCE(NEW.household_id, OLD.household_id);
      BEGIN
        IF EXISTS (SELECT 1 FROM household_member m JOIN household h ON h.id = m.household_id WHERE m.household_id = hid AND m.left_at IS NULL AND h.status = 'ACTIVE')
           AND NOT EXISTS (SELECT 1 FROM household_member WHERE household_id = hid AND left_at IS NULL AND relation = 'HEAD') THEN
          RAISE EXCEPTION 'household % has members but no head', hid USING ERRCODE = '23514';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER household_has_one_head AFTER INSERT OR UPDATE OR DELETE ON "household_member" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION household_has_one_head()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER household_has_one_head ON "household_member"`);
    await queryRunner.query(`DROP FUNCTION household_has_one_head()`);
    await queryRunner.query(`DROP TABLE "rate_limit_counter"`);
    await queryRunner.query(`DROP INDEX "public"."IX_subsidy_service_request_national_id"`);
    await queryRunner.query(`DROP TABLE "subsidy_service_request"`);
    await queryRunner.query(`DROP TYPE "public"."subsidy_service"`);
    await queryRunner.query(`DROP TABLE "subsidy_pilot"`);
    await queryRunner.query(`DROP INDEX "public"."IX_campaign_window_campaign"`);
    await queryRunner.query(`DROP TABLE "campaign_window"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_cluster_campaign_active"`);
    await queryRunner.query(`DROP TABLE "cluster_campaign"`);
    await queryRunner.query(`DROP INDEX "public"."IX_household_member_household"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_household_member_current_person"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_household_member_current_head"`);
    await queryRunner.query(`DROP TABLE "household_member"`);
    await queryRunner.query(`DROP TYPE "public"."household_relation"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_household_tracking_code"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP TYPE "public"."household_status"`);
  }
}
