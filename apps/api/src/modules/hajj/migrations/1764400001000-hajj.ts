import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Hajj context: seasons and province schedules, deposit receipts with their history and transfers, caravans, registrations, invitation waves. */
export class Hajj1764400001000 implements MigrationInterface {
  name = 'Hajj1764400001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."hajj_interest_formula" AS ENUM('SIMPLE', 'COMPOUND_ANNUAL')`);
    await queryRunner.query(
      `CREATE TABLE "hajj_season" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "title" text NOT NULL, "active" boolean NOT NULL DEFAULT false, "eligible_deposit_until" date NOT NULL, "online_share_percent" smallint NOT NULL, "invite_next_after_days" integer NOT NULL, "hold_minutes" integer NOT NULL, "payment_days" integer NOT NULL, "doctor_visit_days" integer NOT NULL, "passport_valid_until" date NOT NULL, "passport_hand_over_by" date NOT NULL, "deposit_rials" bigint NOT NULL, "subsidy_rials" bigint NOT NULL, "interest_rate_basis_points" integer NOT NULL, "interest_formula" "public"."hajj_interest_formula" NOT NULL, "interest_until" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b83e822975fb3df1140229bca82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hajj_season_code" ON "hajj_season"  ("code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hajj_season_active" ON "hajj_season"  ("active") WHERE "active"`);
    await queryRunner.query(
      `CREATE TABLE "hajj_province_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "season_id" uuid NOT NULL, "name" text NOT NULL, "position" smallint NOT NULL, "announced_on" date NOT NULL, "admission_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invited_deposits_until" date NOT NULL, CONSTRAINT "PK_1c5dfc929269a5356f57dbec475" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hajj_province_group_name" ON "hajj_province_group"  ("season_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "hajj_province" ("season_id" uuid NOT NULL, "province" text NOT NULL, "group_id" uuid NOT NULL, "invited_deposits_until" date NOT NULL, "last_wave_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_249f6c2ae05fa89b408bb7e37a1" PRIMARY KEY ("season_id", "province"))`,
    );

    await queryRunner.query(`CREATE TYPE "public"."hajj_receipt_kind" AS ENUM('DEPOSIT_10M', 'DOC_1360', 'DOC_1363', 'DOC_8M')`);
    await queryRunner.query(
      `CREATE TYPE "public"."hajj_receipt_status" AS ENUM('ACTIVE', 'REFERRED_TO_BANK', 'TRANSFER_RECORDED', 'SUPERSEDED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."hajj_referral_purpose" AS ENUM('CONVERSION', 'STABILISATION')`);
    await queryRunner.query(
      `CREATE TABLE "hajj_deposit_receipt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "receipt_number" text NOT NULL, "national_id" character(10) NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "birth_date" date NOT NULL, "mobile" text NOT NULL, "province" text NOT NULL, "kind" "public"."hajj_receipt_kind" NOT NULL, "amount_rials" bigint NOT NULL, "deposit_date" date NOT NULL, "branch_code" text NOT NULL, "accepted_before_not_gone" boolean NOT NULL DEFAULT false, "status" "public"."hajj_receipt_status" NOT NULL DEFAULT 'ACTIVE', "referral" "public"."hajj_referral_purpose", "referred_branch_code" text, "original_receipt_number" text NOT NULL, "predecessor_id" uuid, "successor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3c5766d9c11ced56ea246c69ebb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hajj_deposit_receipt_number" ON "hajj_deposit_receipt"  ("receipt_number") `);
    await queryRunner.query(`CREATE INDEX "IX_hajj_deposit_receipt_national_id" ON "hajj_deposit_receipt"  ("national_id") `);
    await queryRunner.query(`CREATE INDEX "IX_hajj_deposit_receipt_original" ON "hajj_deposit_receipt"  ("original_receipt_number") `);
    await queryRunner.query(
      `CREATE INDEX "IX_hajj_deposit_receipt_province_date" ON "hajj_deposit_receipt"  ("province", "deposit_date") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."hajj_receipt_event_kind" AS ENUM('CONVERSION_REFERRED', 'STABILISATION_REFERRED', 'CONVERTED', 'STABILISED', 'TRANSFER_RECORDED', 'REISSUED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "hajj_receipt_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "original_receipt_number" text NOT NULL, "receipt_id" uuid NOT NULL, "receipt_number" text NOT NULL, "kind" "public"."hajj_receipt_event_kind" NOT NULL, "new_receipt_number" text, "actor_user_id" uuid, "actor_role" text, "organisation_unit_id" uuid, "office_code" text, "details" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a7097740010a8eb33fae2a79dd8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_hajj_receipt_event_original" ON "hajj_receipt_event"  ("original_receipt_number") `);
    await queryRunner.query(`CREATE TYPE "public"."hajj_transfer_relation" AS ENUM('SPOUSE', 'FATHER', 'MOTHER', 'SON', 'DAUGHTER')`);
    await queryRunner.query(
      `CREATE TABLE "hajj_transfer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "receipt_id" uuid NOT NULL, "giver_national_id" character(10) NOT NULL, "receiver_national_id" character(10) NOT NULL, "receiver_first_name" text NOT NULL, "receiver_last_name" text NOT NULL, "receiver_birth_date" date NOT NULL, "receiver_mobile" text NOT NULL, "receiver_province" text NOT NULL, "relation" "public"."hajj_transfer_relation" NOT NULL, "deed_number" text NOT NULL, "deed_date" date NOT NULL, "recorded_by" uuid NOT NULL, "organisation_unit_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reissued_receipt_id" uuid, "reissued_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b78acb4f24683832f7d8ae2520e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_hajj_transfer_receiver" ON "hajj_transfer"  ("receiver_national_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_hajj_transfer_open" ON "hajj_transfer"  ("receipt_id") WHERE "reissued_receipt_id" IS NULL`,
    );

    await queryRunner.query(`CREATE TYPE "public"."hajj_caravan_status" AS ENUM('ACTIVE', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "hajj_caravan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "season_id" uuid NOT NULL, "code" text NOT NULL, "province" text NOT NULL, "manager_name" text NOT NULL, "manager_phone" text NOT NULL, "manager_national_id" character(10), "address" text NOT NULL, "capacity" integer NOT NULL, "final_cost_rials" bigint NOT NULL, "status" "public"."hajj_caravan_status" NOT NULL DEFAULT 'ACTIVE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4cba66aefcee28743034690e4e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_hajj_caravan_manager" ON "hajj_caravan"  ("manager_national_id") `);
    await queryRunner.query(`CREATE INDEX "IX_hajj_caravan_province" ON "hajj_caravan"  ("season_id", "province") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hajj_caravan_code" ON "hajj_caravan"  ("season_id", "code") `);

    await queryRunner.query(`CREATE TYPE "public"."hajj_registration_channel" AS ENUM('ONLINE', 'IN_PERSON')`);
    await queryRunner.query(`CREATE TYPE "public"."hajj_registration_status" AS ENUM('HELD', 'CONFIRMED', 'PAID', 'RELEASED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."hajj_release_reason" AS ENUM('HOLD_EXPIRED', 'PAYMENT_MISSED', 'DOCTOR_VISIT_MISSED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."hajj_travel_restriction" AS ENUM('NONE', 'CONSCRIPT', 'MILITARY_OR_POLICE', 'OFFICIAL_ALREADY_WENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "hajj_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "season_id" uuid NOT NULL, "caravan_id" uuid NOT NULL, "receipt_id" uuid NOT NULL, "national_id" character(10) NOT NULL, "channel" "public"."hajj_registration_channel" NOT NULL, "status" "public"."hajj_registration_status" NOT NULL, "tracking_code" text NOT NULL, "hold_expires_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmed_by" uuid, "documents" jsonb, "payment_slip_number" text, "difference_rials" bigint, "payment_due" date, "paid_at" TIMESTAMP WITH TIME ZONE, "payment_reference" text, "doctor_visit_due" date, "doctor_visited_at" TIMESTAMP WITH TIME ZONE, "released_at" TIMESTAMP WITH TIME ZONE, "release_reason" "public"."hajj_release_reason", "replaced_by_id" uuid, "replaces_id" uuid, "elected" boolean NOT NULL DEFAULT false, "passport_number" text, "passport_expiry" date, "restriction" "public"."hajj_travel_restriction" NOT NULL DEFAULT 'NONE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_27c9661bc953080a24f43c59199" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hajj_registration_tracking_code" ON "hajj_registration"  ("tracking_code") `);
    await queryRunner.query(`CREATE INDEX "IX_hajj_registration_due" ON "hajj_registration"  ("status", "hold_expires_at") `);
    await queryRunner.query(`CREATE INDEX "IX_hajj_registration_caravan" ON "hajj_registration"  ("caravan_id", "status") `);
    // One seat-holding registration per person and per receipt in a season.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_hajj_registration_active_receipt" ON "hajj_registration"  ("season_id", "receipt_id") WHERE "status" IN ('HELD', 'CONFIRMED', 'PAID')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_hajj_registration_active_person" ON "hajj_registration"  ("season_id", "national_id") WHERE "status" IN ('HELD', 'CONFIRMED', 'PAID')`,
    );

    await queryRunner.query(
      `CREATE TABLE "hajj_invitation_wave" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "season_id" uuid NOT NULL, "province" text NOT NULL, "previous_cutoff" date NOT NULL, "new_cutoff" date NOT NULL, "free_seats" integer NOT NULL, "invited_receipts" integer NOT NULL, "source" text NOT NULL, "actor_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d398e75f6b9172076a8c809650" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_hajj_invitation_wave_province" ON "hajj_invitation_wave"  ("season_id", "province", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "hajj_invitation_wave"`);
    await queryRunner.query(`DROP TABLE "hajj_registration"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_travel_restriction"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_release_reason"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_registration_status"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_registration_channel"`);
    await queryRunner.query(`DROP TABLE "hajj_caravan"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_caravan_status"`);
    await queryRunner.query(`DROP TABLE "hajj_transfer"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_transfer_relation"`);
    await queryRunner.query(`DROP TABLE "hajj_receipt_event"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_receipt_event_kind"`);
    await queryRunner.query(`DROP TABLE "hajj_deposit_receipt"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_referral_purpose"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_receipt_status"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_receipt_kind"`);
    await queryRunner.query(`DROP TABLE "hajj_province"`);
    await queryRunner.query(`DROP TABLE "hajj_province_group"`);
    await queryRunner.query(`DROP TABLE "hajj_season"`);
    await queryRunner.query(`DROP TYPE "public"."hajj_interest_formula"`);
  }
}
