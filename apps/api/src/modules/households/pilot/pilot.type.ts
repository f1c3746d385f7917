import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SubsidyService } from './subsidy-service-request.entity';

registerEnumType(SubsidyService, { name: 'SubsidyService', description: 'Subsidy affairs handled at Police+10 offices' });

@ObjectType({ description: 'A recorded subsidy-affairs request' })
export class SubsidyServiceReceipt {
  @Field(() => ID)
  id!: string;

  @Field(() => SubsidyService)
  service!: SubsidyService;

  @Field()
  recordedAt!: Date;
}

@ObjectType('SubsidyPilot', { description: 'The household-structure pilot: all data' })
export class SubsidyPilotView {
  @Field(() => ID)
  id!: string;

  @Field()
  province!: string;

  @Field()
  startsAt!: Date;

  @Field(() => [String])
  prefixes!: string[];

  @Field()
  refusalCode!: string;

  @Field()
  refusalMessage!: string;

  @Field()
  portalUrl!: string;

  @Field()
  active!: boolean;
}
