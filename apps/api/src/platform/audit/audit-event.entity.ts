import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
  DENIED = 'DENIED',
}

/**
 * One line of the append-only audit log: who (user and active role, or client), did what, to which
 * record, when, from where, with what outcome. A database trigger refuses UPDATE and DELETE.
 */
@Entity({ name: 'audit_event' })
@Index('IX_audit_event_occurred_at', ['occurredAt'])
@Index('IX_audit_event_target', ['targetType', 'targetId'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Index('IX_audit_event_action')
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'enum', enum: AuditOutcome, enumName: 'audit_outcome' })
  outcome!: AuditOutcome;

  /** The error code of a refusal or failure. */
  @Column({ type: 'text', nullable: true })
  code!: string | null;

  @Index('IX_audit_event_actor')
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  /** Masked national ID of the person acting or concerned (e.g. `001****419`), for search. */
  @Index('IX_audit_event_subject')
  @Column({ name: 'subject_masked', type: 'text', nullable: true })
  subjectMasked!: string | null;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  /** What else helps a reader, already masked and stripped of secrets. */
  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
