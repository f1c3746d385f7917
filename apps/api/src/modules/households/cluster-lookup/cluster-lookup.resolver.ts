import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Public, RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { CampaignWindowInput, CampaignWindowView, ClusterCampaignView, HouseholdClusterResult, SubsidyServiceReceipt } from './cluster-lookup.type';
import { SubsidyService } from '../pilot/subsidy-service-request.entity';
import { ClusterLookupService } from './cluster-lookup.service';
import { PilotService } from '../pilot/pilot.service';
import { CampaignService } from './campaign.service';

@Resolver()
export class HouseholdsResolver {
  constructor(
    private readonly clusters: ClusterLookupService,
    private readonly pilot: PilotService,
    private readonly campaigns: CampaignService,
  ) {}

  // Public on purpose: the head of household looks up his cluster without an account (seed 000
  // rule 1); rate-limited per IP and per national ID, one answer for every mismatch.
  @Public()
  @Query(() => HouseholdClusterResult, { description: "The household's income cluster, inside its campaign window" })
  householdCluster(
    @Arg('headNationalId', () => String) headNationalId: string,
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('memberCount', () => Int) memberCount: number,
    @Ctx() ctx: RequestContext,
    @Arg('captchaId', () => ID, { nullable: true, description: 'After CAPTCHA_REQUIRED: a captcha from newCaptcha' }) captchaId?: string | null,
    @Arg('captchaAnswer', () => String, { nullable: true }) captchaAnswer?: string | null,
  ): Promise<HouseholdClusterResult> {
    return this.clusters.lookup(ctx, {
      headNationalId: headNationalId.slice(0, 64),
      trackingCode: trackingCode.slice(0, 64),
      memberCount,
      captchaId: captchaId?.slice(0, 64) ?? null,
      captchaAnswer: captchaAnswer?.slice(0, 16) ?? null,
    });
  }

  @RequirePermission(Permission.SUBSIDY_REQUEST)
  @Mutation(() => SubsidyServiceReceipt, { description: 'Record a subsidy-affairs request; applicants of an active pilot are refused with PILOT_REDIRECT' })
  subsidyServiceRequest(
    @Arg('nationalId', () => String) nationalId: string,
    @Arg('service', () => SubsidyService) service: SubsidyService,
    @Ctx() ctx: RequestContext,
  ): Promise<SubsidyServiceReceipt> {
    return this.pilot.request(ctx, nationalId.slice(0, 64), service);
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => ClusterCampaignView, { nullable: true, description: 'The active cluster campaign and its windows' })
  clusterCampaign(): Promise<ClusterCampaignView | null> {
    return this.campaigns.active();
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Mutation(() => CampaignWindowView, { description: 'Change a campaign window (dates, and the size band)' })
  updateCampaignWindow(@Arg('id', () => ID) id: string, @Arg('input', () => CampaignWindowInput) input: CampaignWindowInput, @Ctx() ctx: RequestContext): Promise<CampaignWindowView> {
    return this.campaigns.updateWindow(ctx, id, input);
  }
}

