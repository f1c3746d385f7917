import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "The household's income cluster; nothing else is disclosed" })
export class HouseholdClusterResult {
  @Field(() => Int, { description: 'Income cluster, 1 (lowest income) to 10' })
  incomeCluster!: number;

  @Field(() => Int)
  householdSize!: number;
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

@ObjectType({ description: 'What the SMS gateway would send back' })
export class SmsSimulation {
  @Field()
  reply!: string;
}
