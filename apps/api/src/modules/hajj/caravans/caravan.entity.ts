import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CaravanStatus } from '../hajj.enums';

/**
 * A caravan of a season (rule 7's provincial notices): its manager, capacity and final cost per
 * pilgrim. Online capacity = floor(capacity × the season's online share); every seat, online or
 * in person, counts against the capacity. Seats taken are always counted from the registrations,
 * never stored.
 */
@Entity({ name: 'hajj_caravan' })
@Index('UQ_hajj_caravan_code', ['seasonId', 'code'], { unique: true })
@Index('IX_hajj_caravan_province', ['seasonId', 'province'])
export class HajjCaravan {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  province!: string;

  @Column({ name: 'manager_name', type: 'text' })
  managerName!: string;

  @Column({ name: 'manager_phone', type: 'text' })
  managerPhone!: string;

  /** The manager's national ID: the CARAVAN_MANAGER user who runs this caravan. */
  @Index('IX_hajj_caravan_manager')
  @Column({ name: 'manager_national_id', type: 'char', length: 10, nullable: true })
  managerNationalId!: string | null;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  /** The final cost per pilgrim (rials). */
  @Column({ name: 'final_cost_rials', type: 'bigint' })
  finalCostRials!: string;

  @Column({ type: 'enum', enum: CaravanStatus, enumName: 'hajj_caravan_status', default: CaravanStatus.ACTIVE })
  status!: CaravanStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
