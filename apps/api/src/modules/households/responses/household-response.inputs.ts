import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_OFFSET, MAX_PAGE_SIZE } from '../../../platform/graphql/page.input';
import { ObjectionBody, ObjectionStatus } from './household-response.entity';

@InputType({ description: 'The three things the head of household proves himself with' })
export class HouseholdProofInput {
  @Field()
  @Length(1, 32)
  headNationalId!: string;

  @Field()
  @Length(1, 32)
  trackingCode!: string;

  @Field(() => Int)
  @Min(1)
  @Max(50)
  memberCount!: number;

  @Field({ nullable: true, description: "Assisted channel: the office's code (required for operators)" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{3,20}$/)
  officeCode?: string;

  @Field(() => ID, { nullable: true, description: 'After CAPTCHA_REQUIRED: a captcha from newCaptcha' })
  @IsOptional()
  @IsUUID()
  captchaId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 16)
  captchaAnswer?: string;
}

@ArgsType()
export class ClusterObjectionArgs {
  @Field(() => HouseholdProofInput)
  @ValidateNested()
  input!: HouseholdProofInput;

  @Field(() => ObjectionBody)
  body!: ObjectionBody;

  /** At least five characters once trimmed (the service says so with BAD_USER_INPUT). */
  @Field(() => String)
  @MaxLength(2000)
  reason!: string;
}

/**
 * One page of one body's objection queue. Arguments rather than a `PageInput` (type-graphql does
 * not copy an input type's fields into arguments), with the same bounds.
 */
@ArgsType()
export class ObjectionQueueArgs {
  @Field(() => ObjectionBody)
  body!: ObjectionBody;

  @Field(() => ObjectionStatus, { nullable: true })
  status?: ObjectionStatus | null;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(MAX_OFFSET)
  offset!: number;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit!: number;
}

@ArgsType()
export class ResolveObjectionArgs {
  @Field(() => Boolean)
  accepted!: boolean;

  /** At least three characters once trimmed (the service says so with BAD_USER_INPUT). */
  @Field(() => String)
  @MaxLength(2000)
  resolution!: string;
}
