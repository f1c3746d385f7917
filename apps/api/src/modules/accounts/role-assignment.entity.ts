import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../platform/auth/roles';

/** One role a user holds at one organisation unit. */
@Entity({ name: 'role_assignment' })
@Index('UQ_role_assignment_user_role_unit', ['userId', 'role', 'organisationUnitId'], { unique: true })
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IX_role_assignment_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Index('IX_role_assignment_unit')
  @Column({ name: 'organisation_unit_id', type: 'uuid' })
  organisationUnitId!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
