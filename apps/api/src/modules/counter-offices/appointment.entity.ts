import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** How the place was booked: online by the applicant, or at the counter by the operator (a walk-in). */
export enum BookingChannel {
  ONLINE = 'ONLINE',
  COUNTER = 'COUNTER',
}

export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
}

/**
 * A foreign national's appointment for identity verification at an office on a day, from the
 * online or the counter share of its capacity. Every status but CANCELLED holds one of that
 * share's places; the places are counted live, never stored. One
 * open (BOOKED) appointment per identification number, enforced by a partial unique index.
 */
@Entity({ name: 'verification_appointment' })
@Index('IX_verification_appointment_office_day', ['officeId', 'day', 'status'])
@Index('UQ_verification_appointment_open', ['identificationNumber'], { unique: true, where: `"status" = 'BOOKED'` })
export class VerificationAppointment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_verification_appointment_tracking', { unique: true })
  @Column({ name: 'tracking_code', type: 'text' })
  trackingCode!: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId!: string;

  /** ISO date (Tehran). */
  @Column({ type: 'date' })
  day!: string;

  /** The number on the foreign-national card or census slip, Latin digits only. */
  @Column({ name: 'identification_number', type: 'text' })
  identificationNumber!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'father_name', type: 'text' })
  fatherName!: string;

  @Column({ type: 'text' })
  nationality!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ type: 'text' })
  mobile!: string;

  /** Which share of the day's capacity the place is taken from. */
  @Column({ type: 'enum', enum: BookingChannel, enumName: 'verification_booking_channel', default: BookingChannel.ONLINE })
  channel!: BookingChannel;

  /** The operator who booked a walk-in at the counter; null for an online booking. */
  @Column({ name: 'booked_by', type: 'uuid', nullable: true })
  bookedBy!: string | null;

  @Column({ type: 'enum', enum: AppointmentStatus, enumName: 'verification_appointment_status', default: AppointmentStatus.BOOKED })
  status!: AppointmentStatus;

  @CreateDateColumn({ name: 'booked_at', type: 'timestamptz' })
  bookedAt!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}
