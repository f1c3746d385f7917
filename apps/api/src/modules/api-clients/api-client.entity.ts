import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Scopes an integrating system may hold; each maps to one permission. */
export enum ApiScope {
  HOUSEHOLD_READ = 'household:read',
  HOUSEHOLD_CHANGES = 'household:changes',
  SUBSIDY_REQUEST = 'subsidy:request',
}

/**
 * Another government system calling the API with `Authorization: Bearer <key>`. The key is shown
 * once at creation; only its SHA-256 is kept, found by its public prefix.
 */
@Entity({ name: 'api_client' })
export class ApiClient {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('UQ_api_client_key_prefix', { unique: true })
  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix!: string;

  @Column({ name: 'key_hash', type: 'bytea' })
  keyHash!: Buffer;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  /** Calls allowed per day (Tehran's day is not used: a rolling UTC day window). */
  @Column({ name: 'daily_quota', type: 'integer' })
  dailyQuota!: number;

  /** Exact addresses allowed to call; empty means any. */
  @Column({ name: 'ip_allowlist', type: 'text', array: true, default: () => "'{}'" })
  ipAllowlist!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
