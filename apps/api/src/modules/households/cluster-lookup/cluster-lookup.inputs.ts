import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

/**
 * The lookup's proof as it arrives: only lengths are checked here, so that any other mismatch
 * (junk, a wrong digit, an unknown national ID) still gets the one HOUSEHOLD_NOT_MATCHED answer.
 */
@ArgsType()
export class HouseholdClusterArgs {
  @Field(() => String)
  @MaxLength(64)
  headNationalId!: string;

  @Field(() => String)
  @MaxLength(64)
  trackingCode!: string;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(16)
  captchaAnswer?: string | null;
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

/** A text as a phone would send it to the short number 300000. */
@ArgsType()
export class SmsSimulationArgs {
  @Field(() => String)
  @Matches(/^09\d{9}$/, { message: 'from must be 09xxxxxxxxx' })
  from!: string;

  @Field(() => String)
  @MaxLength(1000)
  text!: string;
}
