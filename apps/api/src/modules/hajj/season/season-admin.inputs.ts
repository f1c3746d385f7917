import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { InterestFormula } from '../hajj.graphql-enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RIALS = /^\d{1,15}$/;

@InputType('HajjSeasonSettingsInput', { description: 'The settings of a season the Hajj admin edits (dates ISO, rials as digit strings)' })
export class HajjSeasonSettingsInput {
  @Field()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Field({ description: 'Rule 1: 10M deposits up to this day (ISO) are eligible' })
  @Matches(ISO_DATE)
  eligibleDepositUntil!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  onlineSharePercent!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(365)
  inviteNextAfterDays!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(20160)
  holdMinutes!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(365)
  paymentDays!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(365)
  doctorVisitDays!: number;

  @Field()
  @Matches(ISO_DATE)
  passportValidUntil!: string;

  @Field()
  @Matches(ISO_DATE)
  passportHandOverBy!: string;

  @Field()
  @Matches(RIALS)
  depositRials!: string;

  @Field()
  @Matches(RIALS)
  subsidyRials!: string;

  @Field(() => Int, { description: 'Yearly rate in hundredths of a percent (1200 = 12 %)' })
  @IsInt()
  @Min(0)
  @Max(10000)
  interestRateBasisPoints!: number;

  @Field(() => InterestFormula)
  @IsIn(Object.values(InterestFormula))
  interestFormula!: InterestFormula;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  interestUntil?: string | null;
}

@InputType('HajjProvinceGroupInput', { description: 'Rule 7: a province group’s announcement day and admission opening' })
export class HajjProvinceGroupInput {
  @Field({ description: 'ISO date' })
  @Matches(ISO_DATE)
  announcedOn!: string;

  @Field(() => Date, { description: 'The instant admission opens (e.g. 09:00 Tehran)' })
  admissionOpensAt!: Date;
}
