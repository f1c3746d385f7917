import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A scheduled self-lookup campaign (seed 000): windows by household size, plus a catch-up window. */
@Entity({ name: 'cluster_campaign' })
export class ClusterCampaign {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  /** At most one campaign is active at a time. */
  @Index('UQ_cluster_campaign_active', { unique: true, where: '"active"' })
  @Column({ type: 'boolean', default: false })
  active!: boolean;
}

/** One window of a campaign: a household-size band, or the catch-up window for anyone who missed theirs. */
@Entity({ name: 'campaign_window' })
@Index('IX_campaign_window_campaign', ['campaignId'])
export class CampaignWindow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  /** Household sizes min..max (max null: and more); both null on the catch-up window. */
  @Column({ name: 'min_size', type: 'smallint', nullable: true })
  minSize!: number | null;

  @Column({ name: 'max_size', type: 'smallint', nullable: true })
  maxSize!: number | null;

  @Column({ name: 'catch_up', type: 'boolean', default: false })
  catchUp!: boolean;

  /** Calendar dates in Tehran, both days included. */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;
}
