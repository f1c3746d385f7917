import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** An evaluation period (دوره ارزیابی), e.g. «ارزیابی عملکرد شهید رجایی دوره ۱۴۰۲». */
@Entity({ name: 'evaluation_period' })
export class EvaluationPeriod {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  /** ISO calendar dates (shown in Jalali). */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ type: 'enum', enum: PeriodStatus, enumName: 'evaluation_period_status', default: PeriodStatus.OPEN })
  status!: PeriodStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
