import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InterestFormula } from '../hajj.enums';

/**
 * A Hajj season (the demo is 1393): its rules and deadlines, loaded from the organisation's JSON
 * file and edited by the Hajj admin. One season is active at a time. Dates are ISO calendar days
 * (Tehran); rials are whole numbers (`bigint`, read as strings).
 */
@Entity({ name: 'hajj_season' })
@Index('UQ_hajj_season_active', ['active'], { unique: true, where: '"active"' })
export class HajjSeason {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_hajj_season_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'boolean', default: false })
  active!: boolean;

  /** Rule 1: 10M deposits made up to this day are eligible. */
  @Column({ name: 'eligible_deposit_until', type: 'date' })
  eligibleDepositUntil!: string;

  /** Rule 9: the share of each caravan's capacity open to online pre-registration (50). */
  @Column({ name: 'online_share_percent', type: 'smallint' })
  onlineSharePercent!: number;

  /** Rule 8: days after which a province whose caravans are not full invites the next priority (7). */
  @Column({ name: 'invite_next_after_days', type: 'integer' })
  inviteNextAfterDays!: number;

  /** How long an online pre-registration holds its seat. */
  @Column({ name: 'hold_minutes', type: 'integer' })
  holdMinutes!: number;

  /** Rule 11: days after registration to pay the difference… */
  @Column({ name: 'payment_days', type: 'integer' })
  paymentDays!: number;

  /** …and to see the designated doctors. */
  @Column({ name: 'doctor_visit_days', type: 'integer' })
  doctorVisitDays!: number;

  /** Rule 13: passports must be valid at least until this day… */
  @Column({ name: 'passport_valid_until', type: 'date' })
  passportValidUntil!: string;

  /** …and be handed to the caravan manager by this day. */
  @Column({ name: 'passport_hand_over_by', type: 'date' })
  passportHandOverBy!: string;

  /** The receipt every document converts into (10,000,000 rials). */
  @Column({ name: 'deposit_rials', type: 'bigint' })
  depositRials!: string;

  /** Rule 3's subsidy (3,000,000 rials). */
  @Column({ name: 'subsidy_rials', type: 'bigint' })
  subsidyRials!: string;

  /** Rule 4's yearly interest rate in hundredths of a percent (1200 = 12 %). */
  @Column({ name: 'interest_rate_basis_points', type: 'integer' })
  interestRateBasisPoints!: number;

  @Column({ name: 'interest_formula', type: 'enum', enum: InterestFormula, enumName: 'hajj_interest_formula' })
  interestFormula!: InterestFormula;

  /** The day interest is counted to; null: the day of the conversion. */
  @Column({ name: 'interest_until', type: 'date', nullable: true })
  interestUntil!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Rule 7: a group of provinces sharing the caravan announcement day and the admission opening. */
@Entity({ name: 'hajj_province_group' })
@Index('UQ_hajj_province_group_name', ['seasonId', 'name'], { unique: true })
export class HajjProvinceGroup {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Order in the season file. */
  @Column({ type: 'smallint' })
  position!: number;

  /** The day the caravan lists of the group's provinces are announced. */
  @Column({ name: 'announced_on', type: 'date' })
  announcedOn!: string;

  /** When admission (online and at the caravans) opens for the group's provinces. */
  @Column({ name: 'admission_opens_at', type: 'timestamptz' })
  admissionOpensAt!: Date;

  /** The first invitation cut-off of the group's provinces (deposits up to this day are invited). */
  @Column({ name: 'invited_deposits_until', type: 'date' })
  invitedDepositsUntil!: string;
}

/** A province of a season: its group, and its current invitation cut-off (moved by the invitation waves). */
@Entity({ name: 'hajj_province' })
export class HajjProvince {
  @PrimaryColumn({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

  @PrimaryColumn({ type: 'text' })
  province!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  /** Deposits up to this day are invited now. */
  @Column({ name: 'invited_deposits_until', type: 'date' })
  invitedDepositsUntil!: string;

  /** The last invitation wave of the province; the next may come `inviteNextAfterDays` later. */
  @Column({ name: 'last_wave_at', type: 'timestamptz', nullable: true })
  lastWaveAt!: Date | null;
}
