import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ServiceRecordStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** One finger's capture: a template reference with its quality score, or why it is missing. */
export interface FingerprintCapture {
  finger: string;
  templateRef: string | null;
  quality: number | null;
  exceptionReason: string | null;
}

/**
 * What the office records for an applicant at the counter (seed 003 rules 2 and 3): the data
 * fields, ten fingerprints, the photo, the operator and time, and the fee of the tariff in force
 * that day with its POS reference. Closed only when nothing is missing.
 */
@Entity({ name: 'verification_service_record' })
@Index('IX_verification_service_record_office', ['officeId', 'startedAt'])
export class VerificationServiceRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_verification_service_record_appointment', { unique: true })
  @Column({ name: 'appointment_id', type: 'uuid' })
  appointmentId!: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId!: string;

  @Column({ name: 'operator_user_id', type: 'uuid' })
  operatorUserId!: string;

  @Column({ type: 'enum', enum: ServiceRecordStatus, enumName: 'verification_service_record_status', default: ServiceRecordStatus.OPEN })
  status!: ServiceRecordStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  // The data fields (prefilled from the appointment, checked and completed at the counter).
  @Column({ name: 'identification_number', type: 'text' })
  identificationNumber!: string;

  @Column({ name: 'document_kind', type: 'text', nullable: true })
  documentKind!: string | null;

  @Column({ name: 'first_name', type: 'text', nullable: true })
  firstName!: string | null;

  @Column({ name: 'last_name', type: 'text', nullable: true })
  lastName!: string | null;

  @Column({ name: 'father_name', type: 'text', nullable: true })
  fatherName!: string | null;

  @Column({ type: 'text', nullable: true })
  nationality!: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'text', nullable: true })
  gender!: string | null;

  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @Column({ name: 'residence_address', type: 'text', nullable: true })
  residenceAddress!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  fingerprints!: FingerprintCapture[];

  @Column({ type: 'bytea', nullable: true, select: false })
  photo!: Buffer | null;

  @Column({ name: 'photo_format', type: 'text', nullable: true })
  photoFormat!: string | null;

  @Column({ name: 'photo_width', type: 'integer', nullable: true })
  photoWidth!: number | null;

  @Column({ name: 'photo_height', type: 'integer', nullable: true })
  photoHeight!: number | null;

  @Column({ name: 'photo_bytes', type: 'integer', nullable: true })
  photoBytes!: number | null;

  @Column({ name: 'photo_sha256', type: 'text', nullable: true })
  photoSha256!: string | null;

  @Column({ name: 'tariff_id', type: 'uuid', nullable: true })
  tariffId!: string | null;

  /** The fee charged: the tariff's, in rials; null until paid. */
  @Column({ name: 'fee_rials', type: 'integer', nullable: true })
  feeRials!: number | null;

  @Column({ name: 'service_title', type: 'text', nullable: true })
  serviceTitle!: string | null;

  @Column({ name: 'pos_reference', type: 'text', nullable: true })
  posReference!: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;
}
