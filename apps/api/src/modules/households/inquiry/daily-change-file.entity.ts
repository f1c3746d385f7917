import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The day's change file (seed 001 rule 2b): the events recorded that Tehran day, as NDJSON. */
@Entity({ name: 'daily_change_file' })
export class DailyChangeFile {
  /** The Tehran calendar day the events were recorded on. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'integer' })
  events!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
