import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RegistrationChannel, RegistrationStatus, ReleaseReason, TravelRestriction } from '../hajj.enums';

/** Rule 10's documents, checked by the caravan manager. */
export interface DocumentChecklist {
  receiptOriginal: boolean;
  receiptCopy: boolean;
  birthCertificate: boolean;
  nationalCard: boolean;
}

/**
 * A person's seat in a caravan for a season. A seat is held while the status is HELD (until
 * `holdExpiresAt`), CONFIRMED or PAID; a person holds at most one such registration per season, and
 * a receipt serves at most one (partial unique indexes). Seats are counted from these rows inside
 * the caravan's advisory locks, never kept in a counter.
 */
@Entity({ name: 'hajj_registration' })
@Index('UQ_hajj_registration_active_person', ['seasonId', 'nationalId'], {
  unique: true,
  where: `"status" IN ('HELD', 'CONFIRMED', 'PAID')`,
})
@Index('UQ_hajj_registration_active_receipt', ['seasonId', 'receiptId'], {
  unique: true,
  where: `"status" IN ('HELD', 'CONFIRMED', 'PAID')`,
})
@Index('IX_hajj_registration_caravan', ['caravanId', 'status'])
@Index('IX_hajj_registration_due', ['status', 'holdExpiresAt'])
export class HajjRegistration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

  @Column({ name: 'caravan_id', type: 'uuid' })
  caravanId!: string;

  /** The living receipt it was made with. */
  @Column({ name: 'receipt_id', type: 'uuid' })
  receiptId!: string;

  @Column({ name: 'national_id', type: 'char', length: 10 })
  nationalId!: string;

  @Column({ type: 'enum', enum: RegistrationChannel, enumName: 'hajj_registration_channel' })
  channel!: RegistrationChannel;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'hajj_registration_status' })
  status!: RegistrationStatus;

  @Index('UQ_hajj_registration_tracking_code', { unique: true })
  @Column({ name: 'tracking_code', type: 'text' })
  trackingCode!: string;

  @Column({ name: 'hold_expires_at', type: 'timestamptz', nullable: true })
  holdExpiresAt!: Date | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  documents!: DocumentChecklist | null;

  /** Rule 11: the slip for the difference between the caravan's final cost and the deposit. */
  @Column({ name: 'payment_slip_number', type: 'text', nullable: true })
  paymentSlipNumber!: string | null;

  @Column({ name: 'difference_rials', type: 'bigint', nullable: true })
  differenceRials!: string | null;

  /** Last day (Tehran) to pay the difference. */
  @Column({ name: 'payment_due', type: 'date', nullable: true })
  paymentDue!: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  @Column({ name: 'payment_reference', type: 'text', nullable: true })
  paymentReference!: string | null;

  /** Last day (Tehran) to see the designated doctors. */
  @Column({ name: 'doctor_visit_due', type: 'date', nullable: true })
  doctorVisitDue!: string | null;

  @Column({ name: 'doctor_visited_at', type: 'timestamptz', nullable: true })
  doctorVisitedAt!: Date | null;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Column({ name: 'release_reason', type: 'enum', enum: ReleaseReason, enumName: 'hajj_release_reason', nullable: true })
  releaseReason!: ReleaseReason | null;

  /** The registration that took this one's seat (a replacement). */
  @Column({ name: 'replaced_by_id', type: 'uuid', nullable: true })
  replacedById!: string | null;

  /** The registration whose seat this one took. */
  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId!: string | null;

  /** Rule 12: one of the three pilgrims elected at the first training session. */
  @Column({ type: 'boolean', default: false })
  elected!: boolean;

  @Column({ name: 'passport_number', type: 'text', nullable: true })
  passportNumber!: string | null;

  @Column({ name: 'passport_expiry', type: 'date', nullable: true })
  passportExpiry!: string | null;

  @Column({ type: 'enum', enum: TravelRestriction, enumName: 'hajj_travel_restriction', default: TravelRestriction.NONE })
  restriction!: TravelRestriction;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
