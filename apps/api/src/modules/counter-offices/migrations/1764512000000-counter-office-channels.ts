import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Online and counter capacity kept apart (as ZMS does): each office's day splits into an online
 * share (`online_share_percent`, 80 by default) and the counter's rest; each appointment says which
 * share it took (`channel`, ONLINE for every appointment booked before) and, for a walk-in, which
 * operator booked it.
 */
export class CounterOfficeChannels1764512000000 implements MigrationInterface {
  name = 'CounterOfficeChannels1764512000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."verification_booking_channel" AS ENUM('ONLINE', 'COUNTER')`);
    await queryRunner.query(
      `ALTER TABLE "verification_appointment" ADD "channel" "public"."verification_booking_channel" NOT NULL DEFAULT 'ONLINE'`,
    );
    await queryRunner.query(`ALTER TABLE "verification_appointment" ADD "booked_by" uuid`);
    await queryRunner.query(`ALTER TABLE "counter_office" ADD "online_share_percent" smallint NOT NULL DEFAULT '80'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "counter_office" DROP COLUMN "online_share_percent"`);
    await queryRunner.query(`ALTER TABLE "verification_appointment" DROP COLUMN "booked_by"`);
    await queryRunner.query(`ALTER TABLE "verification_appointment" DROP COLUMN "channel"`);
    await queryRunner.query(`DROP TYPE "public"."verification_booking_channel"`);
  }
}
