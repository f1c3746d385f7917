import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The points joint inspection teams audit (seed 003). */
export enum InspectionItem {
  QUEUE_PERSON_APPOINTED = 'QUEUE_PERSON_APPOINTED',
  APPROVED_FEE_ONLY = 'APPROVED_FEE_ONLY',
  POS_RECEIPT_GIVEN = 'POS_RECEIPT_GIVEN',
  DATA_FIELDS_RECORDED = 'DATA_FIELDS_RECORDED',
  FINGERPRINTS_RECORDED = 'FINGERPRINTS_RECORDED',
  PHOTOS_RECORDED = 'PHOTOS_RECORDED',
  APPOINTMENTS_BY_CAPACITY = 'APPOINTMENTS_BY_CAPACITY',
  NO_BROKERS = 'NO_BROKERS',
  RESPECTFUL_CONDUCT = 'RESPECTFUL_CONDUCT',
}

export const INSPECTION_ITEMS: readonly InspectionItem[] = Object.values(InspectionItem);

export enum InspectionOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}

export interface ChecklistAnswer {
  item: InspectionItem;
  passed: boolean;
  note: string | null;
}

/** An inspection team's visit to an office, its checklist and findings. */
@Entity({ name: 'counter_office_inspection' })
@Index('IX_counter_office_inspection_office', ['officeId', 'visitedOn'])
export class CounterOfficeInspection {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId!: string;

  @Column({ name: 'inspector_user_id', type: 'uuid' })
  inspectorUserId!: string;

  /** ISO date (Tehran). */
  @Column({ name: 'visited_on', type: 'date' })
  visitedOn!: string;

  @Column({ type: 'jsonb' })
  checklist!: ChecklistAnswer[];

  @Column({ type: 'text' })
  findings!: string;

  @Column({ type: 'enum', enum: InspectionOutcome, enumName: 'counter_office_inspection_outcome' })
  outcome!: InspectionOutcome;

  /** The complaint that led to it, if any. */
  @Column({ name: 'complaint_id', type: 'uuid', nullable: true })
  complaintId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
