import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files (evidence): what each stored body is, who sent it, and whether a module attached it. */
export class StoredFile1763920000000 implements MigrationInterface {
  name = 'StoredFile1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."stored_file_kind" AS ENUM('PDF', 'DOC', 'DOCX', 'XLS', 'XLSX')`);
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "storage_key" text NOT NULL, "original_name" text NOT NULL, "kind" "public"."stored_file_kind" NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "purpose" text NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attached" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_stored_file_storage_key" ON "stored_file"  ("storage_key") `);
    await queryRunner.query(`CREATE INDEX "IX_stored_file_uploaded_by" ON "stored_file"  ("uploaded_by") `);
    await queryRunner.query(`CREATE INDEX "IX_stored_file_attached_created" ON "stored_file"  ("attached", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_stored_file_attached_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_stored_file_uploaded_by"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_stored_file_storage_key"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
    await queryRunner.query(`DROP TYPE "public"."stored_file_kind"`);
  }
}
