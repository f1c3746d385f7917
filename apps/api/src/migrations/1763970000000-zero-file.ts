import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The zero file: households keep the id of the file they came from, and a bulk import whose every
 * line was checked to have exactly one head (`SET LOCAL pishkhan.bulk_import = 'on'`) skips the
 * per-row deferred head check, which would otherwise cost more than the COPY itself.
 */
export class ZeroFile1763970000000 implements MigrationInterface {
  name = 'ZeroFile1763970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "external_id" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_household_external_id" ON "household"  ("external_id") `);
    await queryRunner.query(`DROP TRIGGER household_has_one_head ON "household_member"`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER household_has_one_head AFTER INSERT OR UPDATE OR DELETE ON "household_member" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (current_setting('pishkhan.bulk_import', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION household_has_one_head()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER household_has_one_head ON "household_member"`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER household_has_one_head AFTER INSERT OR UPDATE OR DELETE ON "household_member" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION household_has_one_head()`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_household_external_id"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "external_id"`);
  }
}
