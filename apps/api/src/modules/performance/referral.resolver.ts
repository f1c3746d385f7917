import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { OrganisationUnitView } from '../organisations';
import { IndicatorView, PerformanceEntryView, ReferralPage, ReferralView, UserSummary } from './performance.type';
import { PerformanceEntryInput, ReasonArgs, ReferInput, ReferralFilter } from './performance.inputs';
import { PerformanceQueryService, daysBetween } from './performance-query.service';
import { ReferralService } from './referral.service';
import { tehranToday } from '../../platform/time/tehran-date';
import type { PerformanceLoaders } from './performance.loaders';
import { ReferralStatus } from './referral.entity';

const user = (ctx: RequestContext) => ctx.principal as UserPrincipal;
const WAITING = new Set([
  ReferralStatus.REFERRED,
  ReferralStatus.IN_PROGRESS,
  ReferralStatus.RETURNED,
  ReferralStatus.REVIEW,
  ReferralStatus.DELEGATED,
]);

@Resolver(() => ReferralView)
export class ReferralResolver {
  constructor(
    private readonly loaders: PerformanceLoaders,
    private readonly queries: PerformanceQueryService,
    private readonly referrals: ReferralService,
  ) {}

  @RequirePermission(Permission.PERFORMANCE_WORK)
  @Query(() => ReferralPage, { description: 'My cartable: the referrals assigned to me, nearest deadline first' })
  myReferrals(
    @Arg('filter', () => ReferralFilter, { defaultValue: { offset: 0, limit: 20 } }) filter: ReferralFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralPage> {
    return this.queries.myReferrals(user(ctx), filter);
  }

  @RequirePermission(Permission.PERFORMANCE_WORK)
  @Query(() => ReferralView, { description: 'One referral I may see: mine, one I made, or one in my subtree' })
  referral(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<ReferralView> {
    return this.queries.referral(user(ctx), id);
  }

  @RequirePermission(Permission.PERFORMANCE_WORK)
  @Query(() => [UserSummary], { description: 'The people I may refer to: my subordinates' })
  referralCandidates(@Ctx() ctx: RequestContext): Promise<UserSummary[]> {
    return this.queries.candidates(user(ctx));
  }

  @RequirePermission(Permission.PERFORMANCE_WORK)
  @Mutation(() => [ReferralView], { description: 'Refer my referral further down, or split it across provinces' })
  referFurther(
    @IdArg('referralId') referralId: string,
    @Arg('input', () => ReferInput) input: ReferInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralView[]> {
    return this.referrals.referFurther(ctx, user(ctx), referralId, input);
  }

  @RequirePermission(Permission.PERFORMANCE_WORK)
  @Mutation(() => PerformanceEntryView, { description: 'Save the performance draft of my referral' })
  savePerformanceEntry(
    @IdArg('referralId') referralId: string,
    @Arg('input', () => PerformanceEntryInput) input: PerformanceEntryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PerformanceEntryView> {
    return this.referrals.saveEntry(ctx, user(ctx), referralId, input);
  }

  @RequirePermission(Permission.PERFORMANCE_WORK)
  @Mutation(() => ReferralView, { description: 'Finish: send the value up one level (اتمام عملیات)' })
  finishReferral(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<ReferralView> {
    return this.referrals.finish(ctx, user(ctx), id);
  }

  @RequirePermission(Permission.PERFORMANCE_WORK)
  @Mutation(() => ReferralView, { description: 'Send a finished referral I made back down, with a reason' })
  returnReferral(
    @IdArg('id') id: string,
    @Args(() => ReasonArgs) { reason }: ReasonArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralView> {
    return this.referrals.returnReferral(ctx, user(ctx), id, reason);
  }

  @FieldResolver(() => IndicatorView)
  async indicator(@Root() referral: ReferralView, @Ctx() ctx: RequestContext): Promise<IndicatorView> {
    return (await this.loaders.of(ctx).indicator.load(referral.indicatorId))!;
  }

  @FieldResolver(() => UserSummary)
  async referrer(@Root() referral: ReferralView, @Ctx() ctx: RequestContext): Promise<UserSummary> {
    return (await this.loaders.of(ctx).user.load(referral.referrerId))!;
  }

  @FieldResolver(() => UserSummary)
  async assignee(@Root() referral: ReferralView, @Ctx() ctx: RequestContext): Promise<UserSummary> {
    return (await this.loaders.of(ctx).user.load(referral.assigneeId))!;
  }

  @FieldResolver(() => OrganisationUnitView)
  async organisationUnit(@Root() referral: ReferralView, @Ctx() ctx: RequestContext): Promise<OrganisationUnitView> {
    return (await this.loaders.of(ctx).unit.load(referral.organisationUnitId))!;
  }

  @FieldResolver(() => PerformanceEntryView, { nullable: true })
  entry(@Root() referral: ReferralView, @Ctx() ctx: RequestContext): Promise<PerformanceEntryView | null> {
    return this.loaders.of(ctx).entry.load(referral.id);
  }

  @FieldResolver(() => [ReferralView], { description: 'The referrals made from this one' })
  children(@Root() referral: ReferralView, @Ctx() ctx: RequestContext): Promise<ReferralView[]> {
    return this.loaders.of(ctx).children.load(referral.id);
  }

  @FieldResolver(() => Int, { description: 'Days until the deadline (Tehran); negative when past' })
  daysLeft(@Root() referral: ReferralView): number {
    return daysBetween(tehranToday(), referral.deadline);
  }

  @FieldResolver(() => Boolean, { description: 'Past the deadline and still waiting' })
  overdue(@Root() referral: ReferralView): boolean {
    return WAITING.has(referral.status) && referral.deadline < tehranToday();
  }
}
