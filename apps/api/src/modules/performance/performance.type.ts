import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationUnitView } from '../organisations';
import { PeriodStatus } from './evaluation-period.entity';
import { Aggregation, ComparisonType, IndicatorCategory, IndicatorStatus } from './indicator.entity';
import { Breakdown, ReferralStatus } from './referral.entity';
import { ProposalStatus } from './indicator-proposal.entity';

registerEnumType(PeriodStatus, { name: 'PeriodStatus' });
registerEnumType(ComparisonType, {
  name: 'ComparisonType',
  description: 'higher is better: value/target; lower is better: target/value; threshold: reached or not',
});
registerEnumType(Aggregation, {
  name: 'Aggregation',
  description: 'How province values make the national value: SUM, or MEAN for percentages',
});
registerEnumType(IndicatorCategory, { name: 'IndicatorCategory', description: 'General (عمومی) or agency-specific (اختصاصی)' });
registerEnumType(IndicatorStatus, { name: 'IndicatorStatus' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(Breakdown, { name: 'Breakdown' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

@ObjectType('EvaluationPeriod')
export class EvaluationPeriodView {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'ISO date' })
  startDate!: string;

  @Field({ description: 'ISO date' })
  endDate!: string;

  @Field(() => PeriodStatus)
  status!: PeriodStatus;
}

@ObjectType({ description: 'A person as the referral forms show him' })
export class UserSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => String, { nullable: true })
  post!: string | null;
}

@ObjectType('Indicator')
export class IndicatorView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  periodId!: string;

  @Field(() => ID)
  organisationUnitId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field(() => String, { nullable: true })
  nature!: string | null;

  @Field(() => ComparisonType)
  comparisonType!: ComparisonType;

  @Field(() => Aggregation)
  aggregation!: Aggregation;

  @Field()
  unitOfMeasure!: string;

  @Field({ description: 'Decimal text' })
  target!: string;

  @Field({ description: 'Decimal text' })
  scoreCap!: string;

  @Field({ description: 'Decimal text' })
  weight!: string;

  @Field(() => IndicatorCategory)
  category!: IndicatorCategory;

  @Field(() => IndicatorStatus)
  status!: IndicatorStatus;

  @Field(() => String, { nullable: true })
  evaluationNote!: string | null;
}

@ObjectType()
export class IndicatorPage {
  @Field(() => [IndicatorView])
  items!: IndicatorView[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('PerformanceEntry')
export class PerformanceEntryView {
  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field()
  hasStrategicPlan!: boolean;

  @Field()
  hasInformationSystem!: boolean;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  keyObstacles!: string | null;

  @Field(() => String, { nullable: true })
  improvementMeasures!: string | null;

  @Field(() => String, { nullable: true })
  partnerPerformance!: string | null;

  @Field()
  isBaseline!: boolean;

  @Field(() => String, { nullable: true })
  baselineNote!: string | null;

  @Field(() => [ID])
  evidenceFileIds!: string[];

  @Field()
  updatedAt!: Date;
}

@ObjectType('Referral', { description: 'One step of an indicator referral tree' })
export class ReferralView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => ID)
  referrerId!: string;

  @Field(() => ID)
  assigneeId!: string;

  @Field(() => ID)
  organisationUnitId!: string;

  @Field({ description: 'ISO date' })
  deadline!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => Breakdown, { description: 'BY_SPECIALISED_UNIT: the assignee must split it by province first' })
  breakdown!: Breakdown;

  @Field(() => String, { nullable: true })
  province!: string | null;

  @Field({ description: 'Decimal text: the indicator target or the province share' })
  target!: string;

  @Field(() => String, { nullable: true })
  returnReason!: string | null;
}

@ObjectType()
export class ReferralPage {
  @Field(() => [ReferralView])
  items!: ReferralView[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'A unit of the cartable: how much of its agency indicators was referred into it' })
export class CartableUnit {
  @Field(() => OrganisationUnitView)
  unit!: OrganisationUnitView;

  @Field(() => Float, { description: '0..100' })
  generalReferredPercent!: number;

  @Field(() => Float, { description: '0..100' })
  specificReferredPercent!: number;

  @Field(() => Int, { description: 'Days until the period ends (Tehran); negative when past' })
  daysLeft!: number;
}

@ObjectType()
export class ScoringRow {
  @Field(() => IndicatorView)
  indicator!: IndicatorView;

  @Field(() => Float, { nullable: true, description: 'The performance value (national: provinces summed or averaged)' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: '0..1' })
  achievement!: number | null;

  @Field(() => Float, { nullable: true, description: 'score cap × achievement' })
  score!: number | null;
}

@ObjectType({ description: 'The scoring list of an agency for a period' })
export class ScoringSheet {
  @Field(() => [ScoringRow])
  general!: ScoringRow[];

  @Field(() => [ScoringRow])
  specific!: ScoringRow[];

  @Field(() => Float, { description: 'Σ(weight × score) / Σ(weight × cap) × 100, counting only approved values' })
  total!: number;

  @Field({ description: 'The formula, in words, as shown on the list' })
  formula!: string;
}

@ObjectType({ description: "One agency's results, for the dashboard" })
export class DashboardUnit {
  @Field(() => OrganisationUnitView)
  unit!: OrganisationUnitView;

  @Field(() => Int)
  indicators!: number;

  @Field(() => Int)
  referred!: number;

  @Field(() => Int, { description: 'Approved, forwarded or evaluated' })
  approved!: number;

  @Field(() => Float)
  total!: number;
}

@ObjectType('IndicatorProposal')
export class IndicatorProposalView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  periodId!: string;

  @Field(() => ID)
  organisationUnitId!: string;

  @Field()
  title!: string;

  @Field()
  unitOfMeasure!: string;

  @Field(() => String, { nullable: true })
  nature!: string | null;

  @Field()
  calculationMethod!: string;

  @Field(() => ComparisonType)
  comparisonType!: ComparisonType;

  @Field()
  targetLower!: string;

  @Field()
  targetUpper!: string;

  @Field()
  target!: string;

  @Field()
  score!: string;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class IndicatorProposalPage {
  @Field(() => [IndicatorProposalView])
  items!: IndicatorProposalView[];

  @Field(() => Int)
  total!: number;
}
