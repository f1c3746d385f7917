import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The household-structure pilot (seed 001): from `startsAt`, subsidy affairs for applicants whose
 * national ID starts with one of `prefixes` go to the civil registry's household portal instead of
 * Police+10 offices, refused there with the exact message. All of it is data.
 */
@Entity({ name: 'subsidy_pilot' })
export class SubsidyPilot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  province!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  /** Three-digit national-ID prefixes. The pilot's list decides, not an issuance-place table. */
  @Column({ type: 'text', array: true })
  prefixes!: string[];

  @Column({ name: 'refusal_code', type: 'text' })
  refusalCode!: string;

  @Column({ name: 'refusal_message', type: 'text' })
  refusalMessage!: string;

  @Column({ name: 'portal_url', type: 'text' })
  portalUrl!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
