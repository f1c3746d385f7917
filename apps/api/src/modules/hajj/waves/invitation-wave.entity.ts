import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Rule 8: one move of a province's invitation cut-off, recorded whoever made it. */
@Entity({ name: 'hajj_invitation_wave' })
@Index('IX_hajj_invitation_wave_province', ['seasonId', 'province', 'createdAt'])
export class HajjInvitationWave {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'season_id', type: 'uuid' })
  seasonId!: string;

  @Column({ type: 'text' })
  province!: string;

  @Column({ name: 'previous_cutoff', type: 'date' })
  previousCutoff!: string;

  @Column({ name: 'new_cutoff', type: 'date' })
  newCutoff!: string;

  /** Seats free in the province's caravans when the wave was made. */
  @Column({ name: 'free_seats', type: 'integer' })
  freeSeats!: number;

  /** Receipts the new cut-off invites that the old one did not. */
  @Column({ name: 'invited_receipts', type: 'integer' })
  invitedReceipts!: number;

  /** JOB (the days passed) or ADMIN (set by hand). */
  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
