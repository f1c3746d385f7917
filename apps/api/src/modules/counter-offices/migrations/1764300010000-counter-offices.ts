import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counter offices (seed 003): offices and their calendars, suspensions, the fee, appointments (one
 * open per identification number: a partial unique index), service records, inspections and
 * complaints. Places are never stored: bookings count them live under an office-day lock.
 */
export class CounterOffices1764300010000 implements MigrationInterface {
  name = 'CounterOffices1764300010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."verification_appointment_status" AS ENUM('BOOKED', 'SERVED', 'NO_SHOW', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "verification_appointment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tracking_code" text NOT NULL, "office_id" uuid NOT NULL, "day" date NOT NULL, "identification_number" text NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "father_name" text NOT NULL, "nationality" text NOT NULL, "birth_date" date NOT NULL, "mobile" text NOT NULL, "status" "public"."verification_appointment_status" NOT NULL DEFAULT 'BOOKED', "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a66c80ec780f0c68ca36583a889" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_verification_appointment_tracking" ON "verification_appointment"("tracking_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_verification_appointment_open" ON "verification_appointment"("identification_number") WHERE "status" = 'BOOKED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_verification_appointment_office_day" ON "verification_appointment"("office_id", "day", "status") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."counter_office_complaint_channel" AS ENUM('CALL_CENTRE', 'BUREAU', 'HOTLINE_195')`);
    await queryRunner.query(`CREATE TYPE "public"."counter_office_complaint_status" AS ENUM('OPEN', 'INSPECTED', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "counter_office_complaint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office_id" uuid NOT NULL, "channel" "public"."counter_office_complaint_channel" NOT NULL, "text" text NOT NULL, "status" "public"."counter_office_complaint_status" NOT NULL DEFAULT 'OPEN', "recorded_by" uuid NOT NULL, "inspection_id" uuid, "resolution" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2a4246466ffcb90d4fd3e728fe1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_counter_office_complaint_office" ON "counter_office_complaint"("office_id", "status") `);
    await queryRunner.query(`CREATE TYPE "public"."counter_office_status" AS ENUM('ACTIVE', 'SUSPENDED')`);
    await queryRunner.query(
      `CREATE TABLE "counter_office" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "province" text NOT NULL, "city" text NOT NULL, "address" text NOT NULL, "phone" text NOT NULL, "daily_capacity" integer NOT NULL, "open_weekdays" smallint array NOT NULL, "queue_person_name" text, "queue_person_mobile" text, "organisation_unit_id" uuid, "status" "public"."counter_office_status" NOT NULL DEFAULT 'ACTIVE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94cedd78b4067ec1b5eb9b031b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_counter_office_code" ON "counter_office"("code") `);
    await queryRunner.query(`CREATE INDEX "IX_counter_office_unit" ON "counter_office"("organisation_unit_id") `);
    await queryRunner.query(`CREATE INDEX "IX_counter_office_province_city" ON "counter_office"("province", "city") `);
    await queryRunner.query(
      `CREATE TABLE "counter_office_day" ("office_id" uuid NOT NULL, "day" date NOT NULL, "closed" boolean NOT NULL DEFAULT false, "capacity" integer, "note" text, CONSTRAINT "PK_b6ad7efab14480e2b47e47f065e" PRIMARY KEY ("office_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "counter_office_suspension" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office_id" uuid NOT NULL, "reason" text NOT NULL, "inspection_id" uuid, "suspended_at" TIMESTAMP WITH TIME ZONE NOT NULL, "suspended_by" uuid NOT NULL, "lifted_at" TIMESTAMP WITH TIME ZONE, "lifted_by" uuid, CONSTRAINT "PK_7c21142a6fe721353551541d3c3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_counter_office_suspension_office" ON "counter_office_suspension"("office_id", "suspended_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "counter_service_tariff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "fee_rials" integer NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d6353550b8babd11155cc862e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_counter_service_tariff_from" ON "counter_service_tariff"("valid_from") `);
    await queryRunner.query(`CREATE TYPE "public"."counter_office_inspection_outcome" AS ENUM('PASSED', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "counter_office_inspection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "office_id" uuid NOT NULL, "inspector_user_id" uuid NOT NULL, "visited_on" date NOT NULL, "checklist" jsonb NOT NULL, "findings" text NOT NULL, "outcome" "public"."counter_office_inspection_outcome" NOT NULL, "complaint_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be644e344b0291123ea73e64792" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_counter_office_inspection_office" ON "counter_office_inspection"("office_id", "visited_on") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."verification_service_record_status" AS ENUM('OPEN', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "verification_service_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "appointment_id" uuid NOT NULL, "office_id" uuid NOT NULL, "operator_user_id" uuid NOT NULL, "status" "public"."verification_service_record_status" NOT NULL DEFAULT 'OPEN', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "identification_number" text NOT NULL, "document_kind" text, "first_name" text, "last_name" text, "father_name" text, "nationality" text, "birth_date" date, "gender" text, "mobile" text, "residence_address" text, "fingerprints" jsonb NOT NULL DEFAULT '[]', "photo" bytea, "photo_format" text, "photo_width" integer, "photo_height" integer, "photo_bytes" integer, "photo_sha256" text, "tariff_id" uuid, "fee_rials" integer, "service_title" text, "pos_reference" text, "paid_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9b79fe56bdac6f1eddfcdc3c33f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_verification_service_record_appointment" ON "verification_service_record"("appointment_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_verification_service_record_office" ON "verification_service_record"("office_id", "started_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_verification_service_record_office"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_verification_service_record_appointment"`);
    await queryRunner.query(`DROP TABLE "verification_service_record"`);
    await queryRunner.query(`DROP TYPE "public"."verification_service_record_status"`);
    await queryRunner.query(`DROP INDEX "public"."IX_counter_office_inspection_office"`);
    await queryRunner.query(`DROP TABLE "counter_office_inspection"`);
    await queryRunner.query(`DROP TYPE "public"."counter_office_inspection_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_counter_service_tariff_from"`);
    await queryRunner.query(`DROP TABLE "counter_service_tariff"`);
    await queryRunner.query(`DROP INDEX "public"."IX_counter_office_suspension_office"`);
    await queryRunner.query(`DROP TABLE "counter_office_suspension"`);
    await queryRunner.query(`DROP TABLE "counter_office_day"`);
    await queryRunner.query(`DROP INDEX "public"."IX_counter_office_province_city"`);
    await queryRunner.query(`DROP INDEX "public"."IX_counter_office_unit"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_counter_office_code"`);
    await queryRunner.query(`DROP TABLE "counter_office"`);
    await queryRunner.query(`DROP TYPE "public"."counter_office_status"`);
    await queryRunner.query(`DROP INDEX "public"."IX_counter_office_complaint_office"`);
    await queryRunner.query(`DROP TABLE "counter_office_complaint"`);
    await queryRunner.query(`DROP TYPE "public"."counter_office_complaint_status"`);
    await queryRunner.query(`DROP TYPE "public"."counter_office_complaint_channel"`);
    await queryRunner.query(`DROP INDEX "public"."IX_verification_appointment_office_day"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_verification_appointment_open"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_verification_appointment_tracking"`);
    await queryRunner.query(`DROP TABLE "verification_appointment"`);
    await queryRunner.query(`DROP TYPE "public"."verification_appointment_status"`);
  }
}
