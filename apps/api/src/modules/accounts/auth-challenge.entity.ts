import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ChallengeKind {
  CAPTCHA = 'CAPTCHA',
  OTP = 'OTP',
  /** A code sent to reset a forgotten password (`forgotPassword` → `resetPasswordWithCode`). */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A captcha or a one-time password waiting for its answer. Only a salted hash of the answer is
 * kept; a challenge is used once, expires, and counts its tries.
 */
@Entity({ name: 'auth_challenge' })
@Index('IX_auth_challenge_expires', ['expiresAt'])
export class AuthChallenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: ChallengeKind, enumName: 'auth_challenge_kind' })
  kind!: ChallengeKind;

  @Column({ name: 'answer_hash', type: 'bytea' })
  answerHash!: Buffer;

  /** For a code: the user it is for (null when the national ID, or the mobile, matched nobody: nothing is sent). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** For a code: SHA-256 of the national ID it was asked for. */
  @Column({ name: 'subject_hash', type: 'bytea', nullable: true })
  subjectHash!: Buffer | null;

  /** Tries used; a resend does not give them back. */
  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'resend_at', type: 'timestamptz', nullable: true })
  resendAt!: Date | null;

  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;

  /** Development and tests only (embedded captcha): the answer in clear, for automated flows. */
  @Column({ name: 'dev_answer', type: 'text', nullable: true })
  devAnswer!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
