import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { OrganisationUnitView } from '../organisations';
import { EvaluationPeriodView, IndicatorPage, IndicatorView, ReferralView } from './performance.type';
import { EvaluationNoteArgs, IndicatorFilter, ReferInput } from './performance.inputs';
import { IndicatorDecisionService } from './indicator-decision.service';
import { PerformanceQueryService } from './performance-query.service';
import { ReferralService } from './referral.service';
import type { PerformanceLoaders } from './performance.loaders';

const user = (ctx: RequestContext) => ctx.principal as UserPrincipal;

@Resolver(() => IndicatorView)
export class IndicatorResolver {
  constructor(
    private readonly loaders: PerformanceLoaders,
    private readonly queries: PerformanceQueryService,
    private readonly referrals: ReferralService,
    private readonly decisions: IndicatorDecisionService,
  ) {}

  @RequirePermission(Permission.SIGNED_IN)
  @Query(() => [EvaluationPeriodView], { description: 'Evaluation periods, newest first' })
  evaluationPeriods(): Promise<EvaluationPeriodView[]> {
    return this.queries.periods();
  }

  @RequirePermission(Permission.PERFORMANCE_DASHBOARD)
  @Query(() => IndicatorPage, { description: 'Indicators of the agencies in my subtree (the cartable list)' })
  indicators(@Arg('filter', () => IndicatorFilter) filter: IndicatorFilter, @Ctx() ctx: RequestContext): Promise<IndicatorPage> {
    return this.queries.indicators(user(ctx), filter);
  }

  @RequirePermission(Permission.PERFORMANCE_LEAD)
  @Mutation(() => [ReferralView], { description: 'Lead evaluator: refer an indicator to a subordinate, or split it across provinces now' })
  referIndicator(
    @IdArg('indicatorId') indicatorId: string,
    @Arg('input', () => ReferInput) input: ReferInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralView[]> {
    return this.referrals.referIndicator(ctx, user(ctx), indicatorId, input);
  }

  @RequirePermission(Permission.PERFORMANCE_LEAD)
  @Mutation(() => IndicatorView, { description: 'Lead evaluator: final approval; the values are locked' })
  approveIndicator(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<IndicatorView> {
    return this.decisions.approve(ctx, user(ctx), id);
  }

  @RequirePermission(Permission.PERFORMANCE_LEAD)
  @Mutation(() => Int, { description: "Lead evaluator: forward the period's approved indicators to the senior lead; how many" })
  forwardApprovedIndicators(@IdArg('periodId') periodId: string, @Ctx() ctx: RequestContext): Promise<number> {
    return this.decisions.forwardApproved(ctx, user(ctx), periodId);
  }

  @RequirePermission(Permission.PERFORMANCE_EVALUATE)
  @Mutation(() => IndicatorView, { description: 'Senior lead: evaluate a forwarded indicator' })
  evaluateIndicator(
    @IdArg('id') id: string,
    @Args(() => EvaluationNoteArgs) { note }: EvaluationNoteArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorView> {
    return this.decisions.evaluate(ctx, user(ctx), id, note ?? null);
  }

  @FieldResolver(() => OrganisationUnitView)
  async organisationUnit(@Root() indicator: IndicatorView, @Ctx() ctx: RequestContext): Promise<OrganisationUnitView> {
    return (await this.loaders.of(ctx).unit.load(indicator.organisationUnitId))!;
  }

  @FieldResolver(() => EvaluationPeriodView)
  async period(@Root() indicator: IndicatorView, @Ctx() ctx: RequestContext): Promise<EvaluationPeriodView> {
    return (await this.loaders.of(ctx).period.load(indicator.periodId))!;
  }

  @FieldResolver(() => [ReferralView], { description: 'The referrals at the top of its tree (made by the lead evaluator)' })
  topReferrals(@Root() indicator: IndicatorView, @Ctx() ctx: RequestContext): Promise<ReferralView[]> {
    return this.loaders.of(ctx).topReferrals.load(indicator.id);
  }
}
