import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OrganisationUnitType {
  NATIONAL_OFFICE = 'NATIONAL_OFFICE',
  MINISTRY = 'MINISTRY',
  HEADQUARTERS = 'HEADQUARTERS',
  SUBSIDIARY = 'SUBSIDIARY',
  PROVINCIAL = 'PROVINCIAL',
  REGIONAL = 'REGIONAL',
}

/**
 * A unit of the organisation tree: the senior lead's national office above the ministries;
 * ministry → headquarters and national subsidiaries → provincial → regional units.
 * `path` is the chain of codes from the root (`/NAEO/MOE/MOE-HQ/`): a subtree is a path prefix.
 */
@Entity({ name: 'organisation_unit' })
export class OrganisationUnit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_organisation_unit_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Index('IX_organisation_unit_path')
  @Column({ type: 'text' })
  path!: string;

  /** 0 the national office, 1 a ministry, 2 headquarters or subsidiary, 3 provincial, 4 regional. */
  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'enum', enum: OrganisationUnitType, enumName: 'organisation_unit_type' })
  type!: OrganisationUnitType;

  /** The province where the unit applies; null for national units. */
  @Column({ type: 'text', nullable: true })
  province!: string | null;
}
