import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The embedded SMS gateway's outbox: in development and tests every "sent" message lands here,
 * where the admin's outbox page (and automated flows) read it.
 */
@Entity({ name: 'sms_outbox' })
@Index('IX_sms_outbox_to_created', ['to', 'createdAt'])
export class SmsMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'to_mobile', type: 'text' })
  to!: string;

  @Column({ type: 'text' })
  text!: string;

  /** Why it was sent, e.g. LOGIN_OTP, TEMPORARY_PASSWORD, REGISTRATION_REQUEST. */
  @Column({ type: 'text' })
  purpose!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
