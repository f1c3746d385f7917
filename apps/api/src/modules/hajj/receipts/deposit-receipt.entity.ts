import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ReceiptEventKind, ReceiptKind, ReceiptStatus, ReferralPurpose, TransferRelation } from '../hajj.enums';

/**
 * A Tamattu deposit receipt or an old registration document, as Bank Melli's file has it. A receipt
 * the bank converts, stabilises or reissues is superseded by a new one (`successorId`) that keeps
 * the original number it was endorsed with; the chain's last receipt is the living one.
 */
@Entity({ name: 'hajj_deposit_receipt' })
@Index('IX_hajj_deposit_receipt_province_date', ['province', 'depositDate'])
export class HajjDepositReceipt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_hajj_deposit_receipt_number', { unique: true })
  @Column({ name: 'receipt_number', type: 'text' })
  receiptNumber!: string;

  @Index('IX_hajj_deposit_receipt_national_id')
  @Column({ name: 'national_id', type: 'char', length: 10 })
  nationalId!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ type: 'text' })
  mobile!: string;

  /** The holder's province of residence: he pre-registers in a caravan of this province. */
  @Column({ type: 'text' })
  province!: string;

  @Column({ type: 'enum', enum: ReceiptKind, enumName: 'hajj_receipt_kind' })
  kind!: ReceiptKind;

  @Column({ name: 'amount_rials', type: 'bigint' })
  amountRials!: string;

  /** The deposit's day; it orders the priorities (earlier deposits are invited first). */
  @Column({ name: 'deposit_date', type: 'date' })
  depositDate!: string;

  @Column({ name: 'branch_code', type: 'text' })
  branchCode!: string;

  /** Rule 5: accepted by a caravan in an earlier year, and did not go. */
  @Column({ name: 'accepted_before_not_gone', type: 'boolean', default: false })
  acceptedBeforeNotGone!: boolean;

  @Column({ type: 'enum', enum: ReceiptStatus, enumName: 'hajj_receipt_status', default: ReceiptStatus.ACTIVE })
  status!: ReceiptStatus;

  /** While REFERRED_TO_BANK: why the provincial office referred it… */
  @Column({ type: 'enum', enum: ReferralPurpose, enumName: 'hajj_referral_purpose', nullable: true })
  referral!: ReferralPurpose | null;

  /** …and to which branch. */
  @Column({ name: 'referred_branch_code', type: 'text', nullable: true })
  referredBranchCode!: string | null;

  /** The number of the first receipt of the chain (its own number for an original). */
  @Index('IX_hajj_deposit_receipt_original')
  @Column({ name: 'original_receipt_number', type: 'text' })
  originalReceiptNumber!: string;

  @Column({ name: 'predecessor_id', type: 'uuid', nullable: true })
  predecessorId!: string | null;

  @Column({ name: 'successor_id', type: 'uuid', nullable: true })
  successorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Rule 6: one step of a receipt's history, endorsed with the original number, who did it and when. */
@Entity({ name: 'hajj_receipt_event' })
export class HajjReceiptEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Index('IX_hajj_receipt_event_original')
  @Column({ name: 'original_receipt_number', type: 'text' })
  originalReceiptNumber!: string;

  /** The receipt acted on. */
  @Column({ name: 'receipt_id', type: 'uuid' })
  receiptId!: string;

  @Column({ name: 'receipt_number', type: 'text' })
  receiptNumber!: string;

  @Column({ type: 'enum', enum: ReceiptEventKind, enumName: 'hajj_receipt_event_kind' })
  kind!: ReceiptEventKind;

  /** The receipt the bank issued in this step, if any. */
  @Column({ name: 'new_receipt_number', type: 'text', nullable: true })
  newReceiptNumber!: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ name: 'organisation_unit_id', type: 'uuid', nullable: true })
  organisationUnitId!: string | null;

  /** The office or branch where it was done (its unit's code). */
  @Column({ name: 'office_code', type: 'text', nullable: true })
  officeCode!: string | null;

  /** Amounts (as rial strings), the branch referred to, the deed… */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}

/** Rule 14: a notarial transfer to a first-degree relative, recorded in the transfer registry. */
@Entity({ name: 'hajj_transfer' })
@Index('UQ_hajj_transfer_open', ['receiptId'], { unique: true, where: '"reissued_receipt_id" IS NULL' })
export class HajjTransfer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'receipt_id', type: 'uuid' })
  receiptId!: string;

  @Column({ name: 'giver_national_id', type: 'char', length: 10 })
  giverNationalId!: string;

  @Index('IX_hajj_transfer_receiver')
  @Column({ name: 'receiver_national_id', type: 'char', length: 10 })
  receiverNationalId!: string;

  @Column({ name: 'receiver_first_name', type: 'text' })
  receiverFirstName!: string;

  @Column({ name: 'receiver_last_name', type: 'text' })
  receiverLastName!: string;

  @Column({ name: 'receiver_birth_date', type: 'date' })
  receiverBirthDate!: string;

  @Column({ name: 'receiver_mobile', type: 'text' })
  receiverMobile!: string;

  @Column({ name: 'receiver_province', type: 'text' })
  receiverProvince!: string;

  @Column({ type: 'enum', enum: TransferRelation, enumName: 'hajj_transfer_relation' })
  relation!: TransferRelation;

  @Column({ name: 'deed_number', type: 'text' })
  deedNumber!: string;

  @Column({ name: 'deed_date', type: 'date' })
  deedDate!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'organisation_unit_id', type: 'uuid' })
  organisationUnitId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'reissued_receipt_id', type: 'uuid', nullable: true })
  reissuedReceiptId!: string | null;

  @Column({ name: 'reissued_at', type: 'timestamptz', nullable: true })
  reissuedAt!: Date | null;
}
