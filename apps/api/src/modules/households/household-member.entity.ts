import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum Relation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  OTHER = 'OTHER',
}

/**
 * A person's membership of a household, from the day he joined until the day he left. A person
 * belongs to one household at a time, and an active household has exactly one head (a unique index
 * for "at most", a deferred constraint trigger for "at least", both in the migration).
 */
@Entity({ name: 'household_member' })
@Index('IX_household_member_household', ['householdId'])
@Index('UQ_household_member_current_person', ['nationalId'], { unique: true, where: '"left_at" IS NULL' })
@Index('UQ_household_member_current_head', ['householdId'], { unique: true, where: `"left_at" IS NULL AND "relation" = 'HEAD'` })
export class HouseholdMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Column({ name: 'national_id', type: 'char', length: 10 })
  nationalId!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ type: 'char', length: 1 })
  gender!: string;

  @Column({ type: 'enum', enum: Relation, enumName: 'household_relation' })
  relation!: Relation;

  @Column({ name: 'joined_at', type: 'date' })
  joinedAt!: string;

  @Column({ name: 'left_at', type: 'date', nullable: true })
  leftAt!: string | null;
}
