import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum IndicatorCategory {
  GENERAL = 'GENERAL',
  SPECIFIC = 'SPECIFIC',
}

/** How achievement is measured against the target. */
export enum ComparisonType {
  /** value / target */
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  /** target / value */
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
  /** reached (value ≥ target) or not */
  THRESHOLD = 'THRESHOLD',
}

/** How province values make the national value, and so how province targets must add up. */
export enum Aggregation {
  /** Counts and amounts: province targets add up to the target; values add up. */
  SUM = 'SUM',
  /** Percentages and ratios: the mean of province targets is the target; values are averaged. */
  MEAN = 'MEAN',
}

/** Where an indicator stands, from loading to the senior lead's evaluation. */
export enum IndicatorStatus {
  NOT_REFERRED = 'NOT_REFERRED',
  REFERRED = 'REFERRED',
  /** Every referral below has been finished up to the lead evaluator, who decides. */
  REVIEW = 'REVIEW',
  /** Final: approved by the lead evaluator, locked. */
  APPROVED = 'APPROVED',
  FORWARDED = 'FORWARDED',
  EVALUATED = 'EVALUATED',
}

/** An indicator (شاخص) of a period for one agency (the unit it was loaded for, e.g. a ministry). */
@Entity({ name: 'indicator' })
@Index('IX_indicator_period_unit', ['periodId', 'organisationUnitId'])
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  /** The agency the indicator belongs to; its lead evaluator holds the top of the referral tree. */
  @Column({ name: 'organisation_unit_id', type: 'uuid' })
  organisationUnitId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis!: string | null;

  @Column({ type: 'text', nullable: true })
  nature!: string | null;

  @Column({ name: 'comparison_type', type: 'enum', enum: ComparisonType, enumName: 'indicator_comparison_type' })
  comparisonType!: ComparisonType;

  @Column({ type: 'enum', enum: Aggregation, enumName: 'indicator_aggregation', default: Aggregation.SUM })
  aggregation!: Aggregation;

  @Column({ name: 'unit_of_measure', type: 'text' })
  unitOfMeasure!: string;

  /** Target or national standard. Decimal text (numeric(18,4)) to keep exact values. */
  @Column({ type: 'numeric', precision: 18, scale: 4 })
  target!: string;

  @Column({ name: 'score_cap', type: 'numeric', precision: 10, scale: 2 })
  scoreCap!: string;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  weight!: string;

  @Column({ type: 'enum', enum: IndicatorCategory, enumName: 'indicator_category' })
  category!: IndicatorCategory;

  @Column({ type: 'enum', enum: IndicatorStatus, enumName: 'indicator_status', default: IndicatorStatus.NOT_REFERRED })
  status!: IndicatorStatus;

  /** The senior lead's evaluation note. */
  @Column({ name: 'evaluation_note', type: 'text', nullable: true })
  evaluationNote!: string | null;

  /** Set for indicators that came from an approved proposal (rule 12). */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
