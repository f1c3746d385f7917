import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The subsidy affairs Police+10 offices handle (seed 001 rule 1). */
export enum SubsidyService {
  DEATH = 'DEATH',
  MARRIAGE = 'MARRIAGE',
  DIVORCE = 'DIVORCE',
  CUSTODY = 'CUSTODY',
  GUARDIANSHIP = 'GUARDIANSHIP',
  IRRECONCILABILITY = 'IRRECONCILABILITY',
  SPONSORSHIP = 'SPONSORSHIP',
}

/** A subsidy-affairs request recorded for an applicant outside the pilot. */
@Entity({ name: 'subsidy_service_request' })
@Index('IX_subsidy_service_request_national_id', ['nationalId'])
export class SubsidyServiceRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'national_id', type: 'char', length: 10 })
  nationalId!: string;

  @Column({ type: 'enum', enum: SubsidyService, enumName: 'subsidy_service' })
  service!: SubsidyService;

  /** Who recorded it: the calling user or API client. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
