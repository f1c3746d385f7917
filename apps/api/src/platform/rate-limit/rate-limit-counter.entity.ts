import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window request counters shared by every API replica (PostgreSQL, not process memory). */
@Entity({ name: 'rate_limit_counter' })
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer' })
  count!: number;
}
