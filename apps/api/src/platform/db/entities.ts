import { SeedRun } from './seed-run.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { SmsMessage } from '../sms/sms-message.entity';
import { RegistryMobile, RegistryPerson } from '../registry/registry-person.entity';
import { OrganisationUnit } from '../../modules/organisations/organisation-unit.entity';
import { AuthChallenge, LoginThrottle, RegistrationRequest, RoleAssignment, UserAccount, UserSession } from '../../modules/accounts';
import { SsoLogin } from '../sso/sso-login.entity';
import { StoredFile } from '../files/stored-file.entity';
import { EvaluationPeriod, Indicator, IndicatorProposal, PerformanceEntry, Referral } from '../../modules/performance';
import { CampaignWindow, ClusterCampaign, Household, HouseholdChangeEvent, HouseholdMember, HouseholdResponse, SubsidyPilot, SubsidyServiceRequest } from '../../modules/households';
import { ApiClient } from '../../modules/api-clients';
import { DailyChangeFile } from '../../modules/households/daily-change-file.entity';
import { WebhookDelivery, WebhookSubscription } from '../../modules/households/webhook.entity';
import { Job } from '../jobs/job.entity';
import { RateLimitCounter } from '../rate-limit/rate-limit-counter.entity';

/** Every TypeORM entity of every context; a context adds its own here. */
export const ENTITIES: Function[] = [
  SeedRun,
  AuditEvent,
  SmsMessage,
  RegistryPerson,
  RegistryMobile,
  OrganisationUnit,
  UserAccount,
  RoleAssignment,
  UserSession,
  AuthChallenge,
  LoginThrottle,
  RegistrationRequest,
  SsoLogin,
  StoredFile,
  EvaluationPeriod,
  Indicator,
  Referral,
  PerformanceEntry,
  IndicatorProposal,
  RateLimitCounter,
  Household,
  HouseholdMember,
  ClusterCampaign,
  CampaignWindow,
  SubsidyPilot,
  SubsidyServiceRequest,
  HouseholdChangeEvent,
  ApiClient,
  HouseholdResponse,
  Job,
  DailyChangeFile,
  WebhookSubscription,
  WebhookDelivery,
];
