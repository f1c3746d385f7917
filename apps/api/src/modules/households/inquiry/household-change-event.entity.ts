import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Vital events that change household structure (seed 001 rule 1, plus births). */
export enum ChangeType {
  DEATH = 'DEATH',
  MARRIAGE = 'MARRIAGE',
  DIVORCE = 'DIVORCE',
  CUSTODY = 'CUSTODY',
  GUARDIANSHIP = 'GUARDIANSHIP',
  IRRECONCILABILITY = 'IRRECONCILABILITY',
  SPONSORSHIP = 'SPONSORSHIP',
  BIRTH = 'BIRTH',
}

export enum ChangeSource {
  HOUSEHOLD_PORTAL = 'HOUSEHOLD_PORTAL',
  POLICE_PLUS_10 = 'POLICE_PLUS_10',
}

/**
 * The change feed: one row per applied event. `id` is the feed position; appends are serialised by
 * a transaction-scoped advisory lock taken just before the insert, so positions are handed out in
 * commit order and a reader paging by position never skips an event.
 */
@Entity({ name: 'household_change_event' })
@Index('IX_household_change_event_recorded_at', ['recordedAt'])
export class HouseholdChangeEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'enum', enum: ChangeType, enumName: 'household_change_type' })
  type!: ChangeType;

  @Column({ type: 'enum', enum: ChangeSource, enumName: 'household_change_source' })
  source!: ChangeSource;

  /** The day the event happened (ISO date). */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'household_ids', type: 'uuid', array: true })
  householdIds!: string[];

  @Column({ name: 'national_ids', type: 'text', array: true })
  nationalIds!: string[];

  /** Who recorded it (user id). */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
