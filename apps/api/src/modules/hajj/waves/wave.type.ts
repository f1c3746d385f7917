import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('HajjInvitationWave', {
  description: 'Rule 8: a move of a province’s invitation cut-off (by the job after the season’s days, or by the admin)',
})
export class HajjInvitationWaveView {
  @Field(() => ID)
  id!: string;

  @Field()
  province!: string;

  @Field({ description: 'ISO date' })
  previousCutoff!: string;

  @Field({ description: 'ISO date' })
  newCutoff!: string;

  @Field(() => Int, { description: 'Seats free in the province’s caravans then' })
  freeSeats!: number;

  @Field(() => Int, { description: 'Receipts the new cut-off invites that the old did not' })
  invitedReceipts!: number;

  @Field({ description: 'JOB or ADMIN' })
  source!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('HajjProvinceFill', { description: 'A province’s seats in the active season, counted now' })
export class HajjProvinceFillView {
  @Field()
  province!: string;

  @Field()
  groupName!: string;

  @Field(() => Date)
  admissionOpensAt!: Date;

  @Field({ description: 'ISO date' })
  invitedDepositsUntil!: string;

  @Field(() => Int)
  caravans!: number;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int)
  taken!: number;

  @Field(() => Int)
  onlineCapacity!: number;

  @Field(() => Int)
  onlineTaken!: number;

  @Field(() => Float, { description: 'taken / capacity (0 to 1)' })
  fillRate!: number;
}
