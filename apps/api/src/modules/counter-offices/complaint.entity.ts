import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where a complaint came in (seed 003 rule 6). */
export enum ComplaintChannel {
  CALL_CENTRE = 'CALL_CENTRE',
  BUREAU = 'BUREAU',
  HOTLINE_195 = 'HOTLINE_195',
}

export enum ComplaintStatus {
  OPEN = 'OPEN',
  /** An inspection was made for it. */
  INSPECTED = 'INSPECTED',
  CLOSED = 'CLOSED',
}

/** A complaint about an office (extra charges, brokers selling turns, conduct …). */
@Entity({ name: 'counter_office_complaint' })
@Index('IX_counter_office_complaint_office', ['officeId', 'status'])
export class CounterOfficeComplaint {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'office_id', type: 'uuid' })
  officeId!: string;

  @Column({ type: 'enum', enum: ComplaintChannel, enumName: 'counter_office_complaint_channel' })
  channel!: ComplaintChannel;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'enum', enum: ComplaintStatus, enumName: 'counter_office_complaint_status', default: ComplaintStatus.OPEN })
  status!: ComplaintStatus;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @Column({ name: 'inspection_id', type: 'uuid', nullable: true })
  inspectionId!: string | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
