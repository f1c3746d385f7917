import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationUnitType } from './organisation-unit.entity';

registerEnumType(OrganisationUnitType, { name: 'OrganisationUnitType', description: 'Kind of organisation unit' });

@ObjectType('OrganisationUnit', { description: 'A unit of the organisation tree' })
export class OrganisationUnitView {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field({ description: 'Name in Persian' })
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int, { description: '0 national office, 1 ministry, 2 headquarters or subsidiary, 3 provincial, 4 regional' })
  level!: number;

  @Field(() => OrganisationUnitType)
  type!: OrganisationUnitType;

  @Field(() => String, { nullable: true, description: 'Province where the unit applies; null for national units' })
  province!: string | null;
}
