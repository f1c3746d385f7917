import { ArgsType, Field, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { MAX_FEED_PAGE } from './household-inquiry.service';

/** The most daily change files one list returns: a year's. */
export const MAX_DAILY_FILES = 366;

@ArgsType()
export class HouseholdStructureArgs {
  /** Checked digit by digit by the service (BAD_USER_INPUT when not a valid national ID). */
  @Field(() => String)
  @MaxLength(64)
  nationalId!: string;
}

@ArgsType()
export class HouseholdChangesArgs {
  /** An `endCursor` of this feed (they are about 30 characters). */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  after?: string | null;

  @Field(() => Int, { defaultValue: 100 })
  @Min(1)
  @Max(MAX_FEED_PAGE)
  first!: number;
}

@ArgsType()
export class DailyChangeFilesArgs {
  @Field(() => Int, { defaultValue: 30 })
  @Min(1)
  @Max(MAX_DAILY_FILES)
  limit!: number;
}
