import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ComparisonType } from './indicator.entity';

export enum ProposalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/**
 * An indicator a provincial planning deputy proposes for a provincial agency (rule 12): at most 150
 * points per agency and period; it reaches the agency's cartable once the senior lead approves it.
 */
@Entity({ name: 'indicator_proposal' })
@Index('IX_indicator_proposal_period_unit', ['periodId', 'organisationUnitId'])
export class IndicatorProposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  /** The provincial (or regional) agency the indicator is proposed for. */
  @Column({ name: 'organisation_unit_id', type: 'uuid' })
  organisationUnitId!: string;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'unit_of_measure', type: 'text' })
  unitOfMeasure!: string;

  @Column({ type: 'text', nullable: true })
  nature!: string | null;

  @Column({ name: 'calculation_method', type: 'text' })
  calculationMethod!: string;

  @Column({ name: 'comparison_type', type: 'enum', enum: ComparisonType, enumName: 'indicator_comparison_type' })
  comparisonType!: ComparisonType;

  @Column({ name: 'target_lower', type: 'numeric', precision: 18, scale: 4 })
  targetLower!: string;

  @Column({ name: 'target_upper', type: 'numeric', precision: 18, scale: 4 })
  targetUpper!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4 })
  target!: string;

  /** Points (the indicator's score cap). */
  @Column({ type: 'numeric', precision: 10, scale: 2 })
  score!: string;

  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'indicator_proposal_status', default: ProposalStatus.PENDING })
  status!: ProposalStatus;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
