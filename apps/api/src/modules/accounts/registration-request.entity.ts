import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../platform/auth/roles';

export enum RegistrationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** A request for a user account (seed 002 rule 2), waiting for the approver it names (rule 3). */
@Entity({ name: 'registration_request' })
@Index('UQ_registration_request_pending_national_id', ['nationalId'], { unique: true, where: `"status" = 'PENDING'` })
export class RegistrationRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_registration_request_tracking_code', { unique: true })
  @Column({ name: 'tracking_code', type: 'text' })
  trackingCode!: string;

  @Column({ type: 'text', default: 'MANA' })
  subsystem!: string;

  @Column({ name: 'national_id', type: 'char', length: 10 })
  nationalId!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ type: 'char', length: 11 })
  mobile!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'office_phone', type: 'text' })
  officePhone!: string;

  @Column({ type: 'text' })
  post!: string;

  @Column({ name: 'requested_role', type: 'enum', enum: Role, enumName: 'role' })
  requestedRole!: Role;

  @Column({ name: 'organisation_unit_id', type: 'uuid' })
  organisationUnitId!: string;

  @Index('IX_registration_request_approver')
  @Column({ name: 'approver_id', type: 'uuid' })
  approverId!: string;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status', default: RegistrationStatus.PENDING })
  status!: RegistrationStatus;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
