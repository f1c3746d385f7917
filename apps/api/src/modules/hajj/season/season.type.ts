import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InterestFormula } from '../hajj.graphql-enums';

@ObjectType('HajjProvinceGroup', { description: 'Rule 7: provinces sharing the caravan announcement day and the admission opening' })
export class HajjProvinceGroupView {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO date the caravan lists are announced' })
  announcedOn!: string;

  @Field(() => Date)
  admissionOpensAt!: Date;

  @Field({ description: "The group's first invitation cut-off (ISO date)" })
  invitedDepositsUntil!: string;

  @Field(() => [HajjProvinceView])
  provinces!: HajjProvinceView[];
}

@ObjectType('HajjProvince')
export class HajjProvinceView {
  @Field()
  province!: string;

  @Field({ description: 'Deposits up to this day (ISO) are invited now' })
  invitedDepositsUntil!: string;

  @Field(() => Date, { nullable: true })
  lastWaveAt!: Date | null;
}

@ObjectType('HajjSeasonNotice', { description: "The active season's public notice: the province groups and their dates" })
export class HajjSeasonNoticeView {
  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  onlineSharePercent!: number;

  @Field(() => Int)
  holdMinutes!: number;

  @Field(() => [HajjProvinceGroupView])
  groups!: HajjProvinceGroupView[];
}

@ObjectType('HajjSeason', { description: 'A season with all its settings (Hajj admin)' })
export class HajjSeasonView extends HajjSeasonNoticeView {
  @Field(() => ID)
  id!: string;

  @Field()
  active!: boolean;

  @Field({ description: 'Rule 1 (ISO date)' })
  eligibleDepositUntil!: string;

  @Field(() => Int)
  inviteNextAfterDays!: number;

  @Field(() => Int)
  paymentDays!: number;

  @Field(() => Int)
  doctorVisitDays!: number;

  @Field()
  passportValidUntil!: string;

  @Field()
  passportHandOverBy!: string;

  @Field({ description: 'Whole rials, as a string of digits' })
  depositRials!: string;

  @Field({ description: 'Whole rials, as a string of digits' })
  subsidyRials!: string;

  @Field(() => Int, { description: 'Yearly rate in hundredths of a percent (1200 = 12 %)' })
  interestRateBasisPoints!: number;

  @Field(() => InterestFormula)
  interestFormula!: InterestFormula;

  @Field(() => String, { nullable: true })
  interestUntil!: string | null;
}
