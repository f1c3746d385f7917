import { ArgsType, Field, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';

/** The largest page of the outbox. */
export const MAX_OUTBOX_PAGE = 200;

@ArgsType()
export class SmsOutboxArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  to?: string | null;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(MAX_OUTBOX_PAGE)
  limit!: number;
}
