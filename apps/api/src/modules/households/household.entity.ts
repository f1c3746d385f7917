import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum HouseholdStatus {
  ACTIVE = 'ACTIVE',
  DISSOLVED = 'DISSOLVED',
}

/** A household (خانوار) of the registry, with its income cluster (خوشه درآمدی). */
@Entity({ name: 'household' })
export class Household {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Given when the household registered: 14 random digits (about 46.5 bits), unguessable. */
  @Index('UQ_household_tracking_code', { unique: true })
  @Column({ name: 'tracking_code', type: 'text' })
  trackingCode!: string;

  /** The household's id in the zero file it was imported from; re-importing skips it. */
  @Index('UQ_household_external_id', { unique: true })
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  /** Income cluster, 1 (lowest income) to 10. */
  @Column({ name: 'income_cluster', type: 'smallint' })
  incomeCluster!: number;

  @Column({ type: 'text' })
  province!: string;

  /** Armed-forces households are served through the General Staff, not the public channels. */
  @Column({ name: 'armed_forces', type: 'boolean', default: false })
  armedForces!: boolean;

  @Column({ type: 'enum', enum: HouseholdStatus, enumName: 'household_status', default: HouseholdStatus.ACTIVE })
  status!: HouseholdStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
