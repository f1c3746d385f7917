import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ObjectionBody, ObjectionStatus, ResponseChannel, ResponseKind } from './household-response.entity';

registerEnumType(ResponseKind, { name: 'HouseholdResponseKind' });
registerEnumType(ResponseChannel, { name: 'HouseholdResponseChannel' });
registerEnumType(ObjectionBody, {
  name: 'ObjectionBody',
  description: 'Who answers: the civil registry (recorded structure) or the subsidy organisation (how it was applied)',
});
registerEnumType(ObjectionStatus, { name: 'ObjectionStatus' });

@ObjectType('HouseholdResponse', { description: 'A confirmation or an objection' })
export class HouseholdResponseView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => ResponseKind)
  kind!: ResponseKind;

  @Field(() => ResponseChannel)
  channel!: ResponseChannel;

  @Field(() => String, { nullable: true })
  officeCode!: string | null;

  @Field(() => ObjectionBody, { nullable: true })
  body!: ObjectionBody | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ObjectionStatus, { nullable: true })
  status!: ObjectionStatus | null;

  @Field(() => String, { nullable: true })
  resolution!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class HouseholdResponsePage {
  @Field(() => [HouseholdResponseView])
  items!: HouseholdResponseView[];

  @Field(() => Int)
  total!: number;
}
