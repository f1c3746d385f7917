import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Relation } from '../household-member.entity';
import { ChangeSource, ChangeType, type HouseholdChangeEvent } from './household-change-event.entity';

registerEnumType(Relation, { name: 'HouseholdRelation', description: 'Relation to the head of household' });
registerEnumType(ChangeType, { name: 'HouseholdChangeType', description: 'Vital events that change household structure' });
registerEnumType(ChangeSource, { name: 'HouseholdChangeSource', description: 'Where the event was registered' });

@ObjectType('HouseholdMember')
export class HouseholdMemberView {
  @Field()
  nationalId!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field({ description: 'ISO date' })
  birthDate!: string;

  @Field()
  gender!: string;

  @Field(() => Relation)
  relation!: Relation;

  @Field({ description: 'ISO date' })
  joinedAt!: string;
}

@ObjectType('HouseholdStructure', { description: 'The household a person belongs to now' })
export class HouseholdStructureView {
  @Field(() => ID)
  id!: string;

  @Field(() => HouseholdMemberView)
  head!: HouseholdMemberView;

  @Field(() => [HouseholdMemberView])
  members!: HouseholdMemberView[];

  @Field(() => Date, { nullable: true, description: 'When a change event last touched it' })
  lastChangedAt!: Date | null;
}

@ObjectType('HouseholdChange', { description: 'One event of the change feed' })
export class HouseholdChangeView {
  @Field(() => ID, { description: 'Feed position' })
  id!: string;

  @Field(() => ChangeType)
  type!: ChangeType;

  @Field(() => ChangeSource)
  source!: ChangeSource;

  @Field({ description: 'ISO date the event happened' })
  occurredAt!: string;

  @Field()
  recordedAt!: Date;

  @Field(() => [ID])
  householdIds!: string[];

  @Field(() => [String])
  nationalIds!: string[];
}

@ObjectType()
export class HouseholdChangeEdge {
  @Field()
  cursor!: string;

  @Field(() => HouseholdChangeView)
  node!: HouseholdChangeView;
}

@ObjectType()
export class FeedPageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType()
export class HouseholdChangeConnection {
  @Field(() => [HouseholdChangeEdge])
  edges!: HouseholdChangeEdge[];

  @Field(() => FeedPageInfo)
  pageInfo!: FeedPageInfo;
}

@ObjectType('DailyChangeFile', { description: "A day's change file (events recorded that Tehran day), written at 11:00 the next day" })
export class DailyChangeFileView {
  @Field({ description: 'ISO date (Tehran)' })
  day!: string;

  @Field()
  sha256!: string;

  @Field(() => Int)
  events!: number;

  @Field()
  createdAt!: Date;
}

/** A change event as it leaves the server (the feed, the timeline, a registered vital event). */
export function changeView(e: HouseholdChangeEvent): HouseholdChangeView {
  return {
    id: e.id,
    type: e.type,
    source: e.source,
    occurredAt: e.occurredOn,
    recordedAt: e.recordedAt,
    householdIds: e.householdIds,
    nationalIds: e.nationalIds,
  };
}
