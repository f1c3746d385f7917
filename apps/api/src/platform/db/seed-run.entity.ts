import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One demo-data set applied to this database; seeding skips the sets recorded here. */
@Entity({ name: 'seed_run' })
export class SeedRun {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ name: 'applied_at', type: 'timestamptz', default: () => 'now()' })
  appliedAt!: Date;
}
