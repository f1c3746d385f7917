import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { CartableUnit, DashboardUnit, IndicatorProposalPage, IndicatorProposalView, ScoringSheet } from './performance.type';
import { ProposalFilter, ProposalInput, ReasonArgs } from './performance.inputs';
import { PerformanceQueryService } from './performance-query.service';
import { ProposalService } from './proposal.service';

const user = (ctx: RequestContext) => ctx.principal as UserPrincipal;

@Resolver()
export class CartableResolver {
  constructor(
    private readonly queries: PerformanceQueryService,
    private readonly proposals: ProposalService,
  ) {}

  @RequirePermission(Permission.PERFORMANCE_LEAD)
  @Query(() => [CartableUnit], {
    description: 'The cartable tree: per unit, the share of general and specific indicators referred, and days left',
  })
  cartableUnits(@IdArg('periodId') periodId: string, @Ctx() ctx: RequestContext): Promise<CartableUnit[]> {
    return this.queries.cartableUnits(user(ctx), periodId);
  }

  @RequirePermission(Permission.PERFORMANCE_DASHBOARD)
  @Query(() => ScoringSheet, {
    description: 'The scoring list of an agency: general and specific indicators with target, value, cap, weight and score',
  })
  scoringSheet(
    @IdArg('periodId') periodId: string,
    @IdArg('organisationUnitId') organisationUnitId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ScoringSheet> {
    return this.queries.scoringSheet(user(ctx), periodId, organisationUnitId);
  }

  @RequirePermission(Permission.PERFORMANCE_DASHBOARD)
  @Query(() => [DashboardUnit], { description: 'Results of the agencies in my subtree' })
  performanceDashboard(@IdArg('periodId') periodId: string, @Ctx() ctx: RequestContext): Promise<DashboardUnit[]> {
    return this.queries.dashboard(user(ctx), periodId);
  }

  @RequirePermission(Permission.PROPOSAL_SUBMIT)
  @Mutation(() => IndicatorProposalView, {
    description: 'Propose an indicator for a provincial agency (at most 150 points per agency and period)',
  })
  proposeIndicator(@Arg('input', () => ProposalInput) input: ProposalInput, @Ctx() ctx: RequestContext): Promise<IndicatorProposalView> {
    return this.proposals.propose(ctx, user(ctx), input);
  }

  @RequirePermission(Permission.PROPOSAL_SUBMIT)
  @Query(() => IndicatorProposalPage, { description: 'My proposals' })
  myIndicatorProposals(
    @Arg('filter', () => ProposalFilter, { defaultValue: { offset: 0, limit: 20 } }) filter: ProposalFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorProposalPage> {
    return this.proposals.list(user(ctx), filter, 'mine');
  }

  @RequirePermission(Permission.PERFORMANCE_EVALUATE)
  @Query(() => IndicatorProposalPage, { description: 'Senior lead: every proposal' })
  indicatorProposals(
    @Arg('filter', () => ProposalFilter, { defaultValue: { offset: 0, limit: 20 } }) filter: ProposalFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorProposalPage> {
    return this.proposals.list(user(ctx), filter, 'visible');
  }

  @RequirePermission(Permission.PERFORMANCE_EVALUATE)
  @Mutation(() => IndicatorProposalView, { description: "Senior lead: approve; the indicator appears in the agency's cartable" })
  approveIndicatorProposal(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<IndicatorProposalView> {
    return this.proposals.decide(ctx, id, true, null);
  }

  @RequirePermission(Permission.PERFORMANCE_EVALUATE)
  @Mutation(() => IndicatorProposalView, { description: 'Senior lead: reject with a reason' })
  rejectIndicatorProposal(
    @IdArg('id') id: string,
    @Args(() => ReasonArgs) { reason }: ReasonArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorProposalView> {
    return this.proposals.decide(ctx, id, false, reason);
  }
}
