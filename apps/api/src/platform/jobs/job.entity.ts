import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum JobStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/**
 * A job of the PostgreSQL-backed queue: claimed with `FOR UPDATE SKIP LOCKED`, so any number of
 * API replicas share the work and a job runs once; retried with back-off; a job whose runner died
 * is taken again when its lease ends. `dedupeKey` makes scheduling idempotent.
 */
@Entity({ name: 'job' })
@Index('IX_job_due', ['status', 'runAt'])
export class Job {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Index('UQ_job_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'enum', enum: JobStatus, enumName: 'job_status', default: JobStatus.PENDING })
  status!: JobStatus;

  @Column({ name: 'run_at', type: 'timestamptz' })
  runAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'max_attempts', type: 'integer', default: 8 })
  maxAttempts!: number;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
