import type { ContextModule } from './context';
import { SeedRun } from './db/seed-run.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { AuditResolver } from './audit/audit.resolver';
import { AuditSearch } from './audit/audit-search.service';
import { AuditLookups1764470000000 } from './audit/migrations/1764470000000-audit-lookups';
import { registerPlatformAuditTargets } from './audit/platform-audit-targets';
import { SmsMessage } from './sms/sms-message.entity';
import { SmsOutboxResolver } from './sms/sms-outbox.resolver';
import { SmsOutboxReader } from './sms/sms-outbox.service';
import { DevSmsTools } from './sms/dev-sms-tools';
import { RegistryMobile, RegistryPerson } from './registry/registry-person.entity';
import { SsoLogin } from './sso/sso-login.entity';
import { StoredFile } from './files/stored-file.entity';
import { Job } from './jobs/job.entity';
import { RateLimitCounter } from './rate-limit/rate-limit-counter.entity';
import { ErrorCodesResolver } from './errors';

/**
 * The platform's own tables and operations (audit log, SMS outbox, files, jobs, rate limits, the
 * embedded civil registry, single sign-on), listed first in `composition.ts` like a context.
 */
export const platformModule: ContextModule = {
  name: 'platform',
  entities: [SeedRun, AuditEvent, SmsMessage, RegistryPerson, RegistryMobile, SsoLogin, StoredFile, Job, RateLimitCounter],
  resolvers: [SmsOutboxResolver, AuditResolver, ErrorCodesResolver],
  migrations: [AuditLookups1764470000000],
  compose: ({ config, dataSource, sms, limiter, audit }) => {
    registerPlatformAuditTargets(audit.directory, dataSource);
    return {
      resolvers: [
        new SmsOutboxResolver(new SmsOutboxReader(dataSource, new DevSmsTools(sms, limiter, config.outside.devSmsPerIpPerMinute))),
        new AuditResolver(new AuditSearch(dataSource, audit.directory)),
        new ErrorCodesResolver(),
      ],
    };
  },
};
