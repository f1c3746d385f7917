import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals by referrer: the visibility rule (`referralVisibility`, `personVisibility`) asks for the
 * referrals a person made, for every caller and every nested list, so it has its own index.
 */
export class ReferralReferrerIndex1764460000000 implements MigrationInterface {
  name = 'ReferralReferrerIndex1764460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IX_referral_referrer" ON "referral" ("referrer_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_referral_referrer"`);
  }
}
