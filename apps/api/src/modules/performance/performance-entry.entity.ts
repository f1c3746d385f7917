import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Performance recorded on a referral (ثبت عملکرد): a draft until the referral is finished. */
@Entity({ name: 'performance_entry' })
export class PerformanceEntry {
  /** One entry per referral. */
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  value!: string | null;

  @Column({ name: 'has_strategic_plan', type: 'boolean', default: false })
  hasStrategicPlan!: boolean;

  @Column({ name: 'has_information_system', type: 'boolean', default: false })
  hasInformationSystem!: boolean;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'key_obstacles', type: 'text', nullable: true })
  keyObstacles!: string | null;

  @Column({ name: 'improvement_measures', type: 'text', nullable: true })
  improvementMeasures!: string | null;

  @Column({ name: 'partner_performance', type: 'text', nullable: true })
  partnerPerformance!: string | null;

  @Column({ name: 'is_baseline', type: 'boolean', default: false })
  isBaseline!: boolean;

  @Column({ name: 'baseline_note', type: 'text', nullable: true })
  baselineNote!: string | null;

  /** Evidence files (stored_file ids). */
  @Column({ name: 'evidence_file_ids', type: 'uuid', array: true, default: () => "'{}'" })
  evidenceFileIds!: string[];

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
