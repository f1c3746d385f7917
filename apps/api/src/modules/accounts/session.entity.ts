import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A server-side session. The cookie holds a random token; only its SHA-256 is stored. */
@Entity({ name: 'user_session' })
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_user_session_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Index('IX_user_session_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The role the user acts in now; switching role changes it without signing out. */
  @Column({ name: 'role_assignment_id', type: 'uuid' })
  roleAssignmentId!: string;

  /** How the session was opened: PASSWORD, OTP or SSO. */
  @Column({ type: 'text' })
  method!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute end, whatever the activity. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;
}
