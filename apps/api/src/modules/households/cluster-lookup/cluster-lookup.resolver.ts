import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public, RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { IdArg } from '../../../platform/graphql/id-arg';
import { CampaignService } from './campaign.service';
import { ClusterLookupService } from './cluster-lookup.service';
import { CampaignWindowInput, HouseholdClusterArgs, SmsSimulationArgs } from './cluster-lookup.inputs';
import { CampaignWindowView, ClusterCampaignView, HouseholdClusterResult, SmsSimulation } from './cluster-lookup.type';
import { SmsLookupService } from './sms-lookup.service';

@Resolver()
export class ClusterLookupResolver {
  constructor(
    private readonly clusters: ClusterLookupService,
    private readonly campaigns: CampaignService,
    private readonly smsLookup: SmsLookupService,
  ) {}

  // Public on purpose: the head of household looks up his cluster without an account (seed 000
  // rule 1); rate-limited per IP and per national ID, one answer for every mismatch.
  @Public()
  @Query(() => HouseholdClusterResult, { description: "The household's income cluster, inside its campaign window" })
  householdCluster(
    @Args() args: HouseholdClusterArgs,
    @Ctx() ctx: RequestContext,
    @IdArg('captchaId', { nullable: true, description: 'After CAPTCHA_REQUIRED: a captcha from newCaptcha' }) captchaId?: string | null,
  ): Promise<HouseholdClusterResult> {
    return this.clusters.lookup(ctx, { ...args, captchaId: captchaId ?? null, captchaAnswer: args.captchaAnswer ?? null });
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => ClusterCampaignView, { nullable: true, description: 'The active cluster campaign and its windows' })
  clusterCampaign(): Promise<ClusterCampaignView | null> {
    return this.campaigns.active();
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Mutation(() => CampaignWindowView, { description: 'Change a campaign window (dates, and the size band)' })
  updateCampaignWindow(
    @IdArg('id') id: string,
    @Arg('input', () => CampaignWindowInput) input: CampaignWindowInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CampaignWindowView> {
    return this.campaigns.updateWindow(ctx, id, input);
  }

  // Public on purpose, and only with the embedded SMS gateway (never in production): the SMS
  // simulator page types a text as a phone would and shows the reply.
  @Public()
  @Mutation(() => SmsSimulation, { description: 'Development and tests: answer a text as the short number 300000 would' })
  simulateInboundSms(@Args() { from, text }: SmsSimulationArgs, @Ctx() ctx: RequestContext): Promise<SmsSimulation> {
    return this.smsLookup.simulate(from, text, ctx.ip);
  }
}
