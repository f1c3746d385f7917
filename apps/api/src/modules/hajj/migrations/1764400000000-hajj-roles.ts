import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Hajj roles of issue 10, in place of the placeholder HAJJ_OPERATOR. */
const HAJJ_ROLES = ['HAJJ_ADMIN', 'HAJJ_PROVINCIAL_OFFICE', 'BANK_BRANCH_OPERATOR', 'PILGRIMAGE_SERVICES_OFFICE', 'CARAVAN_MANAGER'];

/**
 * PostgreSQL cannot drop a value of an enum type, so the `role` type is made again from the labels
 * it has now (whatever other contexts added), minus or plus ours, and every column of that type is
 * moved onto it.
 */
async function remakeRoleType(queryRunner: QueryRunner, labelsFrom: (current: string[]) => string[]): Promise<void> {
  const current = (
    (await queryRunner.query(
      `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typname = 'role' AND n.nspname = 'public' ORDER BY e.enumsortorder`,
    )) as Array<{ label: string }>
  ).map((row) => row.label);
  const columns = (await queryRunner.query(
    `SELECT c.relname AS "table", a.attname AS "column" FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid
      WHERE t.typname = 'role' AND n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
  )) as Array<{ table: string; column: string }>;
  const labels = labelsFrom(current)
    .map((label) => `'${label.replace(/'/g, "''")}'`)
    .join(', ');
  await queryRunner.query(`ALTER TYPE "public"."role" RENAME TO "role_old"`);
  await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM(${labels})`);
  for (const { table, column } of columns) {
    await queryRunner.query(
      `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE "public"."role" USING "${column}"::"text"::"public"."role"`,
    );
  }
  await queryRunner.query(`DROP TYPE "public"."role_old"`);
}

export class HajjRoles1764400000000 implements MigrationInterface {
  name = 'HajjRoles1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The placeholder role granted nothing but signing in; nobody is given a Hajj role in its stead.
    await queryRunner.query(`DELETE FROM "role_assignment" WHERE "role" = 'HAJJ_OPERATOR'`);
    await queryRunner.query(`DELETE FROM "registration_request" WHERE "requested_role" = 'HAJJ_OPERATOR'`);
    await remakeRoleType(queryRunner, (current) => [
      ...current.filter((label) => label !== 'HAJJ_OPERATOR'),
      ...HAJJ_ROLES.filter((role) => !current.includes(role)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "role_assignment" WHERE "role"::text = ANY($1)`, [HAJJ_ROLES]);
    await queryRunner.query(`DELETE FROM "registration_request" WHERE "requested_role"::text = ANY($1)`, [HAJJ_ROLES]);
    await remakeRoleType(queryRunner, (current) => [
      ...current.filter((label) => !HAJJ_ROLES.includes(label)),
      ...(current.includes('HAJJ_OPERATOR') ? [] : ['HAJJ_OPERATOR']),
    ]);
  }
}
