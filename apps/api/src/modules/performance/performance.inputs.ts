import { ArgsType, Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageInput } from '../../platform/graphql/page.input';
import { IndicatorCategory, IndicatorStatus, ComparisonType } from './indicator.entity';
import { ReferralStatus } from './referral.entity';
import { ProposalStatus } from './indicator-proposal.entity';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;

export enum BreakdownChoice {
  /** No provincial breakdown. */
  NONE = 'NONE',
  /** The receiver (a specialised unit) splits it across provinces. */
  BY_SPECIALISED_UNIT = 'BY_SPECIALISED_UNIT',
  /** The referrer splits the target across provinces now, in this form. */
  BY_REFERRER = 'BY_REFERRER',
}
registerEnumType(BreakdownChoice, { name: 'BreakdownChoice', description: 'Provincial breakdown (برش استانی) on referral' });

@InputType({ description: "One province's share of a target, referred to one person" })
export class ProvinceShareInput {
  @Field()
  @Length(2, 40)
  province!: string;

  @Field({ description: 'Decimal text, e.g. "1200" or "36.5"' })
  @Matches(DECIMAL)
  target!: string;

  @Field(() => ID)
  @IsUUID()
  assigneeId!: string;

  @Field({ description: 'ISO date, not later than the deadline received' })
  @Matches(ISO_DATE)
  deadline!: string;
}

@InputType({ description: 'Refer an indicator (lead evaluator) or a referral (its assignee) down to a subordinate' })
export class ReferInput {
  @Field(() => BreakdownChoice, { defaultValue: BreakdownChoice.NONE })
  breakdown!: BreakdownChoice;

  @Field(() => ID, { nullable: true, description: 'With NONE or BY_SPECIALISED_UNIT: the receiver' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field({ nullable: true, description: 'With NONE or BY_SPECIALISED_UNIT: ISO date, not later than the one received' })
  @IsOptional()
  @Matches(ISO_DATE)
  deadline?: string;

  @Field(() => [ProvinceShareInput], { nullable: true, description: 'With BY_REFERRER: one row per province' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(31)
  @ValidateNested({ each: true })
  provinces?: ProvinceShareInput[];
}

@InputType({ description: 'Performance entry (ثبت عملکرد); saving a draft keeps everything typed' })
export class PerformanceEntryInput {
  @Field({ nullable: true, description: 'Decimal text' })
  @IsOptional()
  @Matches(DECIMAL)
  value?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  hasStrategicPlan!: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  hasInformationSystem!: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  keyObstacles?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  improvementMeasures?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  partnerPerformance?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  isBaseline!: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  baselineNote?: string;

  @Field(() => [ID], { defaultValue: [], description: 'Uploaded evidence files (POST /files/evidence)' })
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  evidenceFileIds!: string[];
}

@InputType()
export class IndicatorFilter extends PageInput {
  @Field(() => ID)
  @IsUUID()
  periodId!: string;

  @Field(() => ID, { nullable: true, description: 'The agency (defaults to every agency in my subtree)' })
  @IsOptional()
  @IsUUID()
  organisationUnitId?: string;

  @Field(() => IndicatorCategory, { nullable: true })
  @IsOptional()
  category?: IndicatorCategory;

  @Field(() => IndicatorStatus, { nullable: true })
  @IsOptional()
  status?: IndicatorStatus;
}

@InputType()
export class ReferralFilter extends PageInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  periodId?: string;

  @Field(() => [ReferralStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.values(ReferralStatus).length)
  statuses?: ReferralStatus[];
}

@InputType({ description: 'An indicator proposed for a provincial agency (rule 12)' })
export class ProposalInput {
  @Field(() => ID)
  @IsUUID()
  periodId!: string;

  @Field(() => ID)
  @IsUUID()
  organisationUnitId!: string;

  @Field()
  @Length(3, 300)
  title!: string;

  @Field()
  @Length(1, 60)
  unitOfMeasure!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  nature?: string;

  @Field()
  @Length(3, 2000)
  calculationMethod!: string;

  @Field(() => ComparisonType, { defaultValue: ComparisonType.HIGHER_IS_BETTER })
  comparisonType!: ComparisonType;

  @Field()
  @Matches(DECIMAL)
  targetLower!: string;

  @Field()
  @Matches(DECIMAL)
  targetUpper!: string;

  @Field()
  @Matches(DECIMAL)
  target!: string;

  @Field(() => Float, { description: 'Points (score cap), more than 0' })
  @Min(0.01)
  @Max(150)
  score!: number;
}

@InputType()
export class ProposalFilter extends PageInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  periodId?: string;

  @Field(() => ProposalStatus, { nullable: true })
  @IsOptional()
  status?: ProposalStatus;
}

/** Why a referral goes back down, or a proposal is rejected (at least 3 characters once trimmed, checked by the service). */
@ArgsType()
export class ReasonArgs {
  @Field()
  @MaxLength(1000)
  reason!: string;
}

/** The senior lead's note on an evaluated indicator. */
@ArgsType()
export class EvaluationNoteArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
