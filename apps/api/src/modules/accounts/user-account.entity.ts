import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** A person who signs in to the admin app. The national ID is the user name. */
@Entity({ name: 'user_account' })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_user_account_national_id', { unique: true })
  @Column({ name: 'national_id', type: 'char', length: 10 })
  nationalId!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Index('IX_user_account_mobile')
  @Column({ type: 'char', length: 11 })
  mobile!: string;

  @Column({ name: 'office_phone', type: 'text', nullable: true })
  officePhone!: string | null;

  @Column({ type: 'text', nullable: true })
  post!: string | null;

  @Column({ type: 'enum', enum: UserStatus, enumName: 'user_status', default: UserStatus.ACTIVE })
  status!: UserStatus;

  /** argon2id; null for a user who signs in only through single sign-on or one-time passwords. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  /** The approver whose approval made this user his subordinate. */
  @Index('IX_user_account_superior')
  @Column({ name: 'superior_id', type: 'uuid', nullable: true })
  superiorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
