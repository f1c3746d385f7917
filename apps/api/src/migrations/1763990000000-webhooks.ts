import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook subscriptions of API clients and the log of delivery attempts. */
export class Webhooks1763990000000 implements MigrationInterface {
  name = 'Webhooks1763990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "url" text NOT NULL, "secret" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b52cb4811c5ada4f42896c37ba8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_webhook_subscription_client" ON "webhook_subscription"  ("client_id") `);
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "subscription_id" uuid NOT NULL, "event_id" bigint NOT NULL, "attempt" integer NOT NULL, "delivered" boolean NOT NULL, "status_code" integer, "error" text, "duration_ms" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_webhook_delivery_subscription" ON "webhook_delivery"  ("subscription_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_webhook_delivery_subscription"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."IX_webhook_subscription_client"`);
    await queryRunner.query(`DROP TABLE "webhook_subscription"`);
  }
}
