import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ReferralStatus {
  /** Waiting for the assignee to record performance or refer further down. */
  REFERRED = 'REFERRED',
  /** The assignee saved a draft. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** The assignee referred it further down (or split it by province) and waits. */
  DELEGATED = 'DELEGATED',
  /** Everything below was finished up to the assignee, who decides (return or finish upward). */
  REVIEW = 'REVIEW',
  /** Finished: sent up to the referrer. */
  SUBMITTED = 'SUBMITTED',
  /** Sent back down by the referrer, with a reason; the assignee acts again. */
  RETURNED = 'RETURNED',
  /** The indicator was approved by the lead evaluator: locked. */
  APPROVED = 'APPROVED',
}

export enum Breakdown {
  /** No provincial breakdown. */
  NONE = 'NONE',
  /** The receiver (a specialised unit) splits it across provinces. */
  BY_SPECIALISED_UNIT = 'BY_SPECIALISED_UNIT',
}

/**
 * One step of an indicator's referral tree (ارجاع): referred by one person to another with a
 * deadline that can never be later than the one the referrer received. A province row of a
 * provincial breakdown is a referral with `province` and its own `target`.
 */
@Entity({ name: 'referral' })
@Index('IX_referral_assignee_status', ['assigneeId', 'status'])
export class Referral {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IX_referral_indicator')
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  /** The referral this one was made from; null when the lead evaluator referred it. */
  @Index('IX_referral_parent')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Index('IX_referral_referrer')
  @Column({ name: 'referrer_id', type: 'uuid' })
  referrerId!: string;

  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId!: string;

  /** The assignee's unit when referred (for the cartable's per-unit percentages). */
  @Index('IX_referral_unit')
  @Column({ name: 'organisation_unit_id', type: 'uuid' })
  organisationUnitId!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status', default: ReferralStatus.REFERRED })
  status!: ReferralStatus;

  @Column({ type: 'enum', enum: Breakdown, enumName: 'referral_breakdown', default: Breakdown.NONE })
  breakdown!: Breakdown;

  /** For a province row of a breakdown. */
  @Column({ type: 'text', nullable: true })
  province!: string | null;

  /** The target this referral answers for: the indicator's, or the province's share. */
  @Column({ type: 'numeric', precision: 18, scale: 4 })
  target!: string;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
