import type { DataSource } from 'typeorm';
import type { Router } from 'express';
import type { Logger } from './platform/logging/logger';
import { JobQueue } from './platform/jobs/job-queue';
import { DailyChangeFileService } from './modules/households/daily-change-file.service';
import type { ContainerType } from 'type-graphql';
import type { Config } from './platform/config/config';
import { AuditLog } from './platform/audit/audit-log';
import { AuditResolver, AuditSearch } from './platform/audit/audit.resolver';
import { createFilesPlatform, type FilesPlatform } from './platform/files';
import { EmbeddedSmsGateway, HttpSmsGateway, type SmsGateway } from './platform/sms/sms-gateway';
import { SmsOutboxReader, SmsOutboxResolver } from './platform/sms/sms-outbox.resolver';
import { EmbeddedCivilRegistry, HttpCivilRegistry, HttpShahkar, type CivilRegistry, type Shahkar } from './platform/registry/civil-registry';
import { NationalIdResolver } from './modules/identity';
import {
  CartableResolver,
  IndicatorDecisionService,
  IndicatorResolver,
  PerformanceQueryService,
  ProposalService,
  ReferralResolver,
  ReferralService,
} from './modules/performance';
import { EVIDENCE_PURPOSE, PerformanceEvidence } from './modules/performance/performance-evidence';
import {
  CampaignService,
  ClusterLookupService,
  HouseholdInquiryResolver,
  HouseholdAdminResolver,
  HouseholdInquiryService,
  HouseholdResponseService,
  HouseholdsResolver,
  PilotService,
  VitalEventService,
  WebhookResolver,
  WebhookService,
  smsInboundRoutes,
  zeroFileRoutes,
} from './modules/households';
import { ApiClientAdminService, ApiClientResolver, ApiClientService } from './modules/api-clients';
import { RateLimiter } from './platform/rate-limit/rate-limiter';
import { OrganisationResolver, OrganisationService } from './modules/organisations';
import { AuthResolver, CaptchaService, LoginService, LoginThrottleService, MeService, RegistrationResolver, RegistrationService, RegistrationViews, SessionService } from './modules/accounts';

/** The services of one API process, built once from the configuration and the data source. */
export interface AppServices {
  audit: AuditLog;
  sessions: SessionService;
  sms: SmsGateway;
  container: ContainerType;
  /** Uploaded files: modules register download hooks on `files.access` and attach through `files.service`. */
  files: FilesPlatform;
  /** Plain HTTP routes of the contexts (webhooks), mounted by the server. */
  routes: Router[];
  /** Other systems' API keys (`Authorization: Bearer`). */
  apiClients: ApiClientService;
  /** The PostgreSQL job queue; the server starts its poller. */
  jobs: JobQueue;
  dailyFiles: DailyChangeFileService;
}

function outsideAdapters(config: Config, dataSource: DataSource): { sms: SmsGateway; registry: CivilRegistry; shahkar: Shahkar } {
  const { timeoutMs, sms, registry } = config.outside;
  const embeddedRegistry = new EmbeddedCivilRegistry(dataSource);
  return {
    sms: sms.provider === 'http' ? new HttpSmsGateway({ ...sms, timeoutMs }) : new EmbeddedSmsGateway(dataSource),
    registry: registry.provider === 'http' ? new HttpCivilRegistry({ url: registry.civilRegistryUrl, apiKey: registry.apiKey, timeoutMs }) : embeddedRegistry,
    shahkar: registry.provider === 'http' ? new HttpShahkar({ url: registry.shahkarUrl, apiKey: registry.apiKey, timeoutMs }) : embeddedRegistry,
  };
}

/** Composition root: every service and resolver instance, wired by hand (no reflection container). */
export function composeServices(config: Config, dataSource: DataSource, log: Logger): AppServices {
  const { sms, registry, shahkar } = outsideAdapters(config, dataSource);
  const audit = new AuditLog(dataSource);
  const files = createFilesPlatform(config.files, dataSource);
  const sessions = new SessionService(dataSource, { idleMinutes: config.auth.sessionIdleMinutes, maxHours: config.auth.sessionMaxHours });
  const captcha = new CaptchaService(dataSource, config.auth.exposeCaptchaAnswers);
  const throttle = new LoginThrottleService(dataSource);
  const login = new LoginService(dataSource, captcha, throttle, sessions, sms, audit);
  const me = new MeService(dataSource, sessions);
  const organisations = new OrganisationService(dataSource);
  const registrations = new RegistrationService(dataSource, captcha, registry, shahkar, sms, audit);
  const evidence = new PerformanceEvidence(dataSource, files.service);
  files.access.register(EVIDENCE_PURPOSE, evidence.mayDownload);
  const performanceQueries = new PerformanceQueryService(dataSource);
  const referrals = new ReferralService(dataSource, audit, evidence);
  const decisions = new IndicatorDecisionService(dataSource, audit);
  const proposals = new ProposalService(dataSource, audit);
  const limiter = new RateLimiter(dataSource);
  const clusters = new ClusterLookupService(dataSource, limiter, audit, captcha, config.households.clusterLimits);
  const apiClients = new ApiClientService(dataSource, limiter);
  const jobs = new JobQueue(dataSource, log);
  const dailyFiles = new DailyChangeFileService(dataSource, jobs);
  const webhooks = new WebhookService(dataSource, jobs, config.isProduction);

  const resolvers = new Map<Function, unknown>([
    [NationalIdResolver, new NationalIdResolver()],
    [OrganisationResolver, new OrganisationResolver(organisations)],
    [AuthResolver, new AuthResolver(captcha, login, sessions, me)],
    [RegistrationResolver, new RegistrationResolver(registrations, new RegistrationViews(organisations))],
    [SmsOutboxResolver, new SmsOutboxResolver(new SmsOutboxReader(dataSource, sms))],
    [AuditResolver, new AuditResolver(new AuditSearch(dataSource))],
    [IndicatorResolver, new IndicatorResolver(dataSource, performanceQueries, referrals, decisions)],
    [ReferralResolver, new ReferralResolver(dataSource, performanceQueries, referrals)],
    [CartableResolver, new CartableResolver(performanceQueries, proposals)],
    [HouseholdsResolver, new HouseholdsResolver(clusters, new PilotService(dataSource, audit), new CampaignService(dataSource, audit))],
    [HouseholdInquiryResolver, new HouseholdInquiryResolver(new HouseholdInquiryService(dataSource, audit), new VitalEventService(dataSource, audit, (manager, eventId) => webhooks.fanOut(manager, eventId)), dailyFiles)],
    [WebhookResolver, new WebhookResolver(webhooks)],
    [ApiClientResolver, new ApiClientResolver(apiClients, new ApiClientAdminService(dataSource, audit))],
    [HouseholdAdminResolver, new HouseholdAdminResolver(dataSource, new HouseholdResponseService(dataSource, clusters, audit), clusters, sms)],
  ]);
  const container: ContainerType = {
    get(someClass) {
      const instance = resolvers.get(someClass as Function);
      if (!instance) throw new Error(`No instance composed for ${(someClass as Function).name}`);
      return instance;
    },
  };
  const routes = [smsInboundRoutes({ secret: config.households.smsInboundSecret, clusters, sms, limiter }), zeroFileRoutes({ dataSource, apiClients, audit, dailyFiles })];
  return { audit, sessions, sms, container, files, routes, apiClients, jobs, dailyFiles };
}
