import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts and access: organisation tree, users, roles, sessions, challenges, registration, audit, SMS outbox, embedded registry. */
export class Accounts1763910000000 implements MigrationInterface {
  name = 'Accounts1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."audit_outcome" AS ENUM('SUCCESS', 'FAILURE', 'DENIED')`);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" text NOT NULL, "outcome" "public"."audit_outcome" NOT NULL, "code" text, "actor_user_id" uuid, "actor_role" text, "subject_masked" text, "target_type" text, "target_id" text, "ip" text, "request_id" text, "details" jsonb NOT NULL, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_audit_event_action" ON "audit_event"  ("action") `);
    await queryRunner.query(`CREATE INDEX "IX_audit_event_actor" ON "audit_event"  ("actor_user_id") `);
    await queryRunner.query(`CREATE INDEX "IX_audit_event_occurred_at" ON "audit_event"  ("occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "sms_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_mobile" text NOT NULL, "text" text NOT NULL, "purpose" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b64347e4647de6ac287b2ed834" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_sms_outbox_to_created" ON "sms_outbox"  ("to_mobile", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "embedded_registry_person" ("national_id" character(10) NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "birth_date" date NOT NULL, "gender" character(1) NOT NULL, "alive" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_f4dc80ef1405ac487c6951c9739" PRIMARY KEY ("national_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "embedded_registry_mobile" ("mobile" character(11) NOT NULL, "national_id" character(10) NOT NULL, CONSTRAINT "PK_68b94bdc9295502310651746a8c" PRIMARY KEY ("mobile"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_embedded_registry_mobile_national_id" ON "embedded_registry_mobile"  ("national_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_unit_type" AS ENUM('NATIONAL_OFFICE', 'MINISTRY', 'HEADQUARTERS', 'SUBSIDIARY', 'PROVINCIAL', 'REGIONAL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "parent_id" uuid, "path" text NOT NULL, "level" smallint NOT NULL, "type" "public"."organisation_unit_type" NOT NULL, "province" text, CONSTRAINT "PK_3c393606f3916d8f42da36ea6ed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organisation_unit_code" ON "organisation_unit"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IX_organisation_unit_path" ON "organisation_unit"  ("path") `);
    await queryRunner.query(`CREATE TYPE "public"."user_status" AS ENUM('ACTIVE', 'DISABLED')`);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "national_id" character(10) NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "mobile" character(11) NOT NULL, "office_phone" text, "post" text, "status" "public"."user_status" NOT NULL DEFAULT 'ACTIVE', "password_hash" text, "must_change_password" boolean NOT NULL DEFAULT false, "password_changed_at" TIMESTAMP WITH TIME ZONE, "superior_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_account_national_id" ON "user_account"  ("national_id") `);
    await queryRunner.query(`CREATE INDEX "IX_user_account_mobile" ON "user_account"  ("mobile") `);
    await queryRunner.query(`CREATE INDEX "IX_user_account_superior" ON "user_account"  ("superior_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('SENIOR_LEAD', 'LEAD_EVALUATOR', 'APPROVER', 'DATA_ENTRANT', 'PROVINCIAL_PLANNING_DEPUTY', 'HONORARY_EVALUATOR', 'CIVIL_REGISTRY_OPERATOR', 'ASSISTED_CHANNEL_OPERATOR', 'HAJJ_OPERATOR', 'COUNTER_OFFICE_OPERATOR', 'SYSTEM_ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "role_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "organisation_unit_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_role_assignment_user" ON "role_assignment"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IX_role_assignment_unit" ON "role_assignment"  ("organisation_unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_role_assignment_user_role_unit" ON "role_assignment"  ("user_id", "role", "organisation_unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "user_id" uuid NOT NULL, "role_assignment_id" uuid NOT NULL, "method" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" text, CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_user_session_token_hash" ON "user_session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IX_user_session_user" ON "user_session"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."auth_challenge_kind" AS ENUM('CAPTCHA', 'OTP')`);
    await queryRunner.query(
      `CREATE TABLE "auth_challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."auth_challenge_kind" NOT NULL, "answer_hash" bytea NOT NULL, "user_id" uuid, "subject_hash" bytea, "attempts" smallint NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resend_at" TIMESTAMP WITH TIME ZONE, "consumed_at" TIMESTAMP WITH TIME ZONE, "dev_answer" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_afd9a8cbeb610e138f30e769eb4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_auth_challenge_expires" ON "auth_challenge"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" text NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."registration_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "registration_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tracking_code" text NOT NULL, "subsystem" text NOT NULL DEFAULT 'MANA', "national_id" character(10) NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "mobile" character(11) NOT NULL, "birth_date" date NOT NULL, "office_phone" text NOT NULL, "post" text NOT NULL, "requested_role" "public"."role" NOT NULL, "organisation_unit_id" uuid NOT NULL, "approver_id" uuid NOT NULL, "status" "public"."registration_status" NOT NULL DEFAULT 'PENDING', "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a4cdc69e7b9197ae3360cdbb50e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_registration_request_tracking_code" ON "registration_request"  ("tracking_code") `);
    await queryRunner.query(`CREATE INDEX "IX_registration_request_approver" ON "registration_request"  ("approver_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_registration_request_pending_national_id" ON "registration_request"  ("national_id") WHERE "status" = 'PENDING'`,
    );
    // The audit log is append-only: no UPDATE, no DELETE, whoever asks.
    await queryRunner.query(
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."UQ_registration_request_pending_national_id"`);
    await queryRunner.query(`DROP INDEX "public"."IX_registration_request_approver"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_registration_request_tracking_code"`);
    await queryRunner.query(`DROP TABLE "registration_request"`);
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IX_auth_challenge_expires"`);
    await queryRunner.query(`DROP TABLE "auth_challenge"`);
    await queryRunner.query(`DROP TYPE "public"."auth_challenge_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IX_user_session_user"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_user_session_token_hash"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_role_assignment_user_role_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IX_role_assignment_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IX_role_assignment_user"`);
    await queryRunner.query(`DROP TABLE "role_assignment"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."IX_user_account_superior"`);
    await queryRunner.query(`DROP INDEX "public"."IX_user_account_mobile"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_user_account_national_id"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP TYPE "public"."user_status"`);
    await queryRunner.query(`DROP INDEX "public"."IX_organisation_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_organisation_unit_code"`);
    await queryRunner.query(`DROP TABLE "organisation_unit"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_unit_type"`);
    await queryRunner.query(`DROP INDEX "public"."IX_embedded_registry_mobile_national_id"`);
    await queryRunner.query(`DROP TABLE "embedded_registry_mobile"`);
    await queryRunner.query(`DROP TABLE "embedded_registry_person"`);
    await queryRunner.query(`DROP INDEX "public"."IX_sms_outbox_to_created"`);
    await queryRunner.query(`DROP TABLE "sms_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_event_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_event_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_event_action"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TYPE "public"."audit_outcome"`);
  }
}
