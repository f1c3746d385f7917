import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log searched by the person concerned (masked national ID) and read by record (a
 * referral chain's history): an index for each, so neither scans the whole append-only table.
 */
export class AuditLookups1764470000000 implements MigrationInterface {
  name = 'AuditLookups1764470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IX_audit_event_subject" ON "audit_event" ("subject_masked") `);
    await queryRunner.query(`CREATE INDEX "IX_audit_event_target" ON "audit_event" ("target_type", "target_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_audit_event_target"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_event_subject"`);
  }
}
