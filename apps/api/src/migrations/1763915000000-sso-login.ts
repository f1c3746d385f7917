import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Single sign-on attempts (state, nonce, PKCE verifier) shared by every replica, single use, short-lived. */
export class SsoLogin1763915000000 implements MigrationInterface {
  name = 'SsoLogin1763915000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_login" ("state_hash" bytea NOT NULL, "browser_hash" bytea NOT NULL, "nonce" text NOT NULL, "code_verifier" text NOT NULL, "redirect_uri" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sso_login_state_hash" PRIMARY KEY ("state_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_sso_login_expires" ON "sso_login"  ("expires_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_sso_login_expires"`);
    await queryRunner.query(`DROP TABLE "sso_login"`);
  }
}
