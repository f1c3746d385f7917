import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { SubsidyService } from '../pilot/subsidy-service-request.entity';

registerEnumType(SubsidyService, { name: 'SubsidyService', description: 'Subsidy affairs handled at Police+10 offices' });

@ObjectType({ description: "The household's income cluster; nothing else is disclosed" })
export class HouseholdClusterResult {
  @Field(() => Int, { description: 'Income cluster, 1 (lowest income) to 10' })
  incomeCluster!: number;

  @Field(() => Int)
  householdSize!: number;
}

@ObjectType({ description: 'A recorded subsidy-affairs request' })
export class SubsidyServiceReceipt {
  @Field(() => ID)
  id!: string;

  @Field(() => SubsidyService)
  service!: SubsidyService;

  @Field()
  recordedAt!: Date;
}

@ObjectType('CampaignWindow', { description: 'A window of the cluster campaign: a household-size band, or the catch-up window' })
export class CampaignWindowView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  minSize!: number | null;

  @Field(() => Int, { nullable: true, description: 'null: and more' })
  maxSize!: number | null;

  @Field()
  catchUp!: boolean;

  @Field({ description: 'ISO date (Tehran), included' })
  startDate!: string;

  @Field({ description: 'ISO date (Tehran), included' })
  endDate!: string;
}

@ObjectType('ClusterCampaign')
export class ClusterCampaignView {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  active!: boolean;

  @Field(() => [CampaignWindowView])
  windows!: CampaignWindowView[];
}

@InputType()
export class CampaignWindowInput {
  @Field({ description: 'ISO date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  startDate!: string;

  @Field({ description: 'ISO date, not before the start' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  endDate!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(50)
  minSize?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(50)
  maxSize?: number;
}
