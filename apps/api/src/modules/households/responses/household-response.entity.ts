import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ResponseKind {
  CONFIRMATION = 'CONFIRMATION',
  OBJECTION = 'OBJECTION',
}

export enum ResponseChannel {
  WEB = 'WEB',
  /** A post office or rural ICT office acting for the person (seed 000 rule 6). */
  ASSISTED = 'ASSISTED',
}

/** Who answers an objection (seed 001 rule 5). */
export enum ObjectionBody {
  /** The structure recorded in the household database. */
  CIVIL_REGISTRY = 'CIVIL_REGISTRY',
  /** How it was applied in the welfare system. */
  SUBSIDY_ORGANISATION = 'SUBSIDY_ORGANISATION',
}

export enum ObjectionStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/** A head of household's confirmation of his household's information, or objection to the cluster. */
@Entity({ name: 'household_response' })
@Index('IX_household_response_queue', ['kind', 'body', 'status'])
export class HouseholdResponse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IX_household_response_household')
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Column({ type: 'enum', enum: ResponseKind, enumName: 'household_response_kind' })
  kind!: ResponseKind;

  @Column({ type: 'enum', enum: ResponseChannel, enumName: 'household_response_channel' })
  channel!: ResponseChannel;

  /** For the assisted channel: the operator and his office's code. */
  @Column({ name: 'operator_id', type: 'uuid', nullable: true })
  operatorId!: string | null;

  @Column({ name: 'office_code', type: 'text', nullable: true })
  officeCode!: string | null;

  @Column({ type: 'enum', enum: ObjectionBody, enumName: 'objection_body', nullable: true })
  body!: ObjectionBody | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'enum', enum: ObjectionStatus, enumName: 'objection_status', nullable: true })
  status!: ObjectionStatus | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
