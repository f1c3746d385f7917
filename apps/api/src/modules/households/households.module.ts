import { BEARER_AUTH, CAPTCHA, type ContextModule } from '../../platform/context';
import { DevSmsTools } from '../../platform/sms/dev-sms-tools';
import { CampaignService } from './cluster-lookup/campaign.service';
import { CampaignWindow, ClusterCampaign } from './cluster-lookup/cluster-campaign.entity';
import { ClusterLookupResolver } from './cluster-lookup/cluster-lookup.resolver';
import { ClusterLookupService } from './cluster-lookup/cluster-lookup.service';
import { smsInboundRoutes } from './cluster-lookup/sms-inbound.routes';
import { SmsLookupService } from './cluster-lookup/sms-lookup.service';
import { HouseholdMember } from './household-member.entity';
import { Household } from './household.entity';
import { registerHouseholdsAuditTargets } from './households-audit';
import { householdsSeed } from './households.seed';
import { DailyChangeFile } from './inquiry/daily-change-file.entity';
import { DailyChangeFileService } from './inquiry/daily-change-file.service';
import { HouseholdChangeEvent } from './inquiry/household-change-event.entity';
import { HouseholdInquiryResolver } from './inquiry/household-inquiry.resolver';
import { HouseholdInquiryService } from './inquiry/household-inquiry.service';
import { PilotResolver } from './pilot/pilot.resolver';
import { PilotService } from './pilot/pilot.service';
import { SubsidyPilot } from './pilot/subsidy-pilot.entity';
import { SubsidyServiceRequest } from './pilot/subsidy-service-request.entity';
import { HouseholdResponse } from './responses/household-response.entity';
import { HouseholdResponseResolver } from './responses/household-response.resolver';
import { HouseholdResponseService } from './responses/household-response.service';
import { VitalEventResolver } from './vital-events/vital-event.resolver';
import { VitalEventService } from './vital-events/vital-event.service';
import { WebhookDelivery, WebhookSubscription } from './webhooks/webhook.entity';
import { WebhookResolver } from './webhooks/webhook.resolver';
import { WebhookService } from './webhooks/webhook.service';
import { zeroFileRoutes } from './zero-file/zero-file.routes';

/** Households: registry, income clusters, objections, vital events, pilot, zero file, feed, webhooks. */
export const householdsModule: ContextModule = {
  name: 'households',
  resolvers: [
    ClusterLookupResolver,
    HouseholdResponseResolver,
    PilotResolver,
    VitalEventResolver,
    HouseholdInquiryResolver,
    WebhookResolver,
  ],
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
  compose: ({ config, dataSource, readDataSource, audit, sms, limiter, jobs }, services) => {
    registerHouseholdsAuditTargets(audit.directory, dataSource);
    const apiClients = services.get(BEARER_AUTH);
    const clusters = new ClusterLookupService(dataSource, limiter, audit, services.get(CAPTCHA), config.households.clusterLimits);
    const smsLookup = new SmsLookupService(clusters, sms, new DevSmsTools(sms, limiter, config.outside.devSmsPerIpPerMinute));
    const dailyFiles = new DailyChangeFileService(dataSource, jobs);
    const webhooks = new WebhookService(dataSource, jobs, {
      production: config.isProduction,
      allowPrivateTargets: config.households.webhookAllowPrivateTargets,
    });
    const vitalEvents = new VitalEventService(dataSource, audit, (manager, eventId) => webhooks.fanOut(manager, eventId));
    return {
      resolvers: [
        new ClusterLookupResolver(clusters, new CampaignService(dataSource, audit), smsLookup),
        new HouseholdResponseResolver(new HouseholdResponseService(dataSource, clusters, audit)),
        new PilotResolver(new PilotService(dataSource, audit)),
        new VitalEventResolver(vitalEvents),
        new HouseholdInquiryResolver(new HouseholdInquiryService(dataSource, audit, readDataSource), dailyFiles),
        new WebhookResolver(webhooks),
      ],
      routes: [
        smsInboundRoutes({ secret: config.households.smsInboundSecret, smsLookup, limiter }),
        // The zero-file export reads from the replica (DATABASE_READ_URL) while it is close enough.
        zeroFileRoutes({ dataSource: readDataSource, apiClients, audit, dailyFiles }),
      ],
      onStart: () => dailyFiles.scheduleNext(new Date()),
    };
  },
};
