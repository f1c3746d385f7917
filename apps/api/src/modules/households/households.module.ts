import { BEARER_AUTH, CAPTCHA, type ContextModule } from '../../platform/context';
import { CampaignService } from './cluster-lookup/campaign.service';
import { CampaignWindow, ClusterCampaign } from './cluster-lookup/cluster-campaign.entity';
import { ClusterLookupService } from './cluster-lookup/cluster-lookup.service';
import { DailyChangeFile } from './inquiry/daily-change-file.entity';
import { DailyChangeFileService } from './inquiry/daily-change-file.service';
import { HouseholdAdminResolver } from './responses/household-response.resolver';
import { HouseholdChangeEvent } from './inquiry/household-change-event.entity';
import { HouseholdInquiryResolver } from './inquiry/household-inquiry.resolver';
import { HouseholdInquiryService } from './inquiry/household-inquiry.service';
import { HouseholdMember } from './household-member.entity';
import { HouseholdResponse } from './responses/household-response.entity';
import { HouseholdResponseService } from './responses/household-response.service';
import { Household } from './household.entity';
import { householdsSeed } from './households.seed';
import { HouseholdsResolver } from './cluster-lookup/cluster-lookup.resolver';
import { PilotService } from './pilot/pilot.service';
import { smsInboundRoutes } from './cluster-lookup/sms-inbound.routes';
import { SubsidyPilot } from './pilot/subsidy-pilot.entity';
import { SubsidyServiceRequest } from './pilot/subsidy-service-request.entity';
import { VitalEventService } from './vital-events/vital-event.service';
import { WebhookDelivery, WebhookSubscription } from './webhooks/webhook.entity';
import { WebhookResolver } from './webhooks/webhook.resolver';
import { WebhookService } from './webhooks/webhook.service';
import { zeroFileRoutes } from './zero-file/zero-file.routes';

/** Households: registry, income clusters, objections, vital events, pilot, zero file, feed, webhooks. */
export const householdsModule: ContextModule = {
  name: 'households',
  resolvers: [HouseholdsResolver, HouseholdInquiryResolver, HouseholdAdminResolver, WebhookResolver],
  entities: [
    Household,
    HouseholdMember,
    ClusterCampaign,
    CampaignWindow,
    SubsidyPilot,
    SubsidyServiceRequest,
    HouseholdChangeEvent,
    HouseholdResponse,
    DailyChangeFile,
    WebhookSubscription,
    WebhookDelivery,
  ],
  seed: householdsSeed,
  compose: ({ config, dataSource, audit, sms, limiter, jobs }, services) => {
    const apiClients = services.get(BEARER_AUTH);
    const clusters = new ClusterLookupService(dataSource, limiter, audit, services.get(CAPTCHA), config.households.clusterLimits);
    const dailyFiles = new DailyChangeFileService(dataSource, jobs);
    const webhooks = new WebhookService(dataSource, jobs, config.isProduction);
    const vitalEvents = new VitalEventService(dataSource, audit, (manager, eventId) => webhooks.fanOut(manager, eventId));
    return {
      resolvers: [
        new HouseholdsResolver(clusters, new PilotService(dataSource, audit), new CampaignService(dataSource, audit)),
        new HouseholdInquiryResolver(new HouseholdInquiryService(dataSource, audit), vitalEvents, dailyFiles),
        new WebhookResolver(webhooks),
        new HouseholdAdminResolver(dataSource, new HouseholdResponseService(dataSource, clusters, audit), clusters, sms),
      ],
      routes: [
        smsInboundRoutes({ secret: config.households.smsInboundSecret, clusters, sms, limiter }),
        zeroFileRoutes({ dataSource, apiClients, audit, dailyFiles }),
      ],
      onStart: () => dailyFiles.scheduleNext(new Date()),
    };
  },
};
