import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum CounterOfficeStatus {
  ACTIVE = 'ACTIVE',
  /** The service is cut after an inspection: no new bookings, no service records. */
  SUSPENDED = 'SUSPENDED',
}

/**
 * A government counter office (دفتر پیشخوان دولت) offering the identity verification of foreign
 * nationals, by appointment against its own daily capacity (seed 003 rules 1 and 4).
 */
@Entity({ name: 'counter_office' })
@Index('IX_counter_office_province_city', ['province', 'city'])
export class CounterOffice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The office's 8-digit code (printed on its POS receipts). Never changes. */
  @Index('UQ_counter_office_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  province!: string;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text' })
  phone!: string;

  /** Appointments a day for this service, unless the day has its own capacity. */
  @Column({ name: 'daily_capacity', type: 'integer' })
  dailyCapacity!: number;

  /**
   * The part of each day's capacity booked online (`bookVerificationAppointment`), in percent; the
   * rest is the counter's, booked by the operator for walk-in applicants (as ZMS keeps them apart).
   * Online places: capacity × percent ÷ 100, rounded down; the counter gets what remains.
   */
  @Column({ name: 'online_share_percent', type: 'smallint', default: 80 })
  onlineSharePercent!: number;

  /** Days of the Persian week it serves: 0 = Saturday … 6 = Friday. */
  @Column({ name: 'open_weekdays', type: 'smallint', array: true })
  openWeekdays!: number[];

  /** The person the office appointed for order and queues (seed 003 rule 4). */
  @Column({ name: 'queue_person_name', type: 'text', nullable: true })
  queuePersonName!: string | null;

  @Column({ name: 'queue_person_mobile', type: 'text', nullable: true })
  queuePersonMobile!: string | null;

  /** The organisation unit of the office: its operators hold their role there. */
  @Index('IX_counter_office_unit')
  @Column({ name: 'organisation_unit_id', type: 'uuid', nullable: true })
  organisationUnitId!: string | null;

  @Column({ type: 'enum', enum: CounterOfficeStatus, enumName: 'counter_office_status', default: CounterOfficeStatus.ACTIVE })
  status!: CounterOfficeStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One day of an office's calendar that differs from its week: closed, or another capacity. */
@Entity({ name: 'counter_office_day' })
export class CounterOfficeDay {
  @PrimaryColumn({ name: 'office_id', type: 'uuid' })
  officeId!: string;

  /** ISO date (Tehran). */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'boolean', default: false })
  closed!: boolean;

  /** This day's capacity; null: the office's daily capacity. */
  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** A suspension of the service at an office, from an inspection until it is lifted. */
@Entity({ name: 'counter_office_suspension' })
@Index('IX_counter_office_suspension_office', ['officeId', 'suspendedAt'])
export class CounterOfficeSuspension {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The failed inspection that led to it, when there was one. */
  @Column({ name: 'inspection_id', type: 'uuid', nullable: true })
  inspectionId!: string | null;

  @Column({ name: 'suspended_at', type: 'timestamptz' })
  suspendedAt!: Date;

  @Column({ name: 'suspended_by', type: 'uuid' })
  suspendedBy!: string;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;

  @Column({ name: 'lifted_by', type: 'uuid', nullable: true })
  liftedBy!: string | null;
}

/** The service's approved fee, as data with validity dates (seed 003 rule 2: 270,000 rials). */
@Entity({ name: 'counter_service_tariff' })
@Index('UQ_counter_service_tariff_from', ['validFrom'], { unique: true })
export class CounterServiceTariff {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The service title printed on the receipt. */
  @Column({ type: 'text' })
  title!: string;

  /** Rials, an integer. */
  @Column({ name: 'fee_rials', type: 'integer' })
  feeRials!: number;

  /** ISO date (Tehran), included. */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** ISO date (Tehran), included; null: until another tariff starts. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
