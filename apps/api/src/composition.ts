import type { DataSource } from 'typeorm';
import type { Router } from 'express';
import type { ContainerType } from 'type-graphql';
import type { Logger } from './platform/logging/logger';
import type { Config } from './platform/config/config';
import type { SeedSet } from './platform/db/seed';
import { JobQueue } from './platform/jobs/job-queue';
import { AuditLog } from './platform/audit/audit-log';
import { createFilesPlatform, type FilesPlatform } from './platform/files';
import { EmbeddedSmsGateway, HttpSmsGateway, type SmsGateway } from './platform/sms/sms-gateway';
import {
  EmbeddedCivilRegistry,
  HttpCivilRegistry,
  HttpShahkar,
  type CivilRegistry,
  type Shahkar,
} from './platform/registry/civil-registry';
import { RateLimiter } from './platform/rate-limit/rate-limiter';
import { BEARER_AUTH, SESSIONS, ServiceRegistry, type ContextModule, type PlatformServices } from './platform/context';
import type { BearerAuthenticator, SessionPort } from './platform/auth/ports';
import { platformModule } from './platform/platform.module';
import { HISTORIC_MIGRATIONS } from './migrations';
import { identityModule } from './modules/identity';
import { organisationsModule } from './modules/organisations';
import { accountsModule } from './modules/accounts';
import { performanceModule } from './modules/performance';
import { apiClientsModule } from './modules/api-clients';
import { householdsModule } from './modules/households';
import { hajjModule } from './modules/hajj';
import { counterOfficesModule } from './modules/counter-offices';

/**
 * Every context of the API, in the order they are composed (a context may use what an earlier
 * one provides) and their demo data applied. Adding a context is one line here.
 */
export const CONTEXTS: readonly ContextModule[] = [
  platformModule,
  identityModule,
  organisationsModule,
  accountsModule,
  performanceModule,
  apiClientsModule,
  householdsModule,
  hajjModule,
  counterOfficesModule,
];

/** Every resolver class, for the schema (built offline by `schema:emit`, and at start). */
export const RESOLVERS: Function[] = CONTEXTS.flatMap((context) => context.resolvers);
/** Every TypeORM entity. */
export const ENTITIES: Function[] = CONTEXTS.flatMap((context) => context.entities);
/** Every migration, oldest first (by the timestamp that ends each class name). */
export const MIGRATIONS: Function[] = [...HISTORIC_MIGRATIONS, ...CONTEXTS.flatMap((context) => context.migrations ?? [])].sort(
  (a, b) => timestampOf(a) - timestampOf(b),
);
/** Every context's demo data, in the order the contexts are listed. */
export const SEED_SETS: readonly SeedSet[] = CONTEXTS.flatMap((context) => (context.seed ? [context.seed] : []));
/** What a DataSource of this API maps: entities and migrations. */
export const DATABASE_MODEL = { entities: ENTITIES, migrations: MIGRATIONS };

function timestampOf(migration: Function): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} does not end with its 13-digit timestamp`);
  return Number(match[1]);
}

/** The services of one API process, built once from the configuration and the data source. */
export interface AppServices {
  audit: AuditLog;
  sms: SmsGateway;
  /** Sessions, as the platform sees them (accounts context). */
  sessions: SessionPort;
  /** Other systems' API keys (`Authorization: Bearer`), as the platform sees them. */
  bearer: BearerAuthenticator;
  /** Resolver instances for type-graphql. */
  container: ContainerType;
  /** Uploaded files: contexts register download hooks on `files.access` and attach through `files.service`. */
  files: FilesPlatform;
  /** Plain HTTP routes of the contexts (webhooks, streamed files), mounted by the server. */
  routes: Router[];
  /** The PostgreSQL job queue; the server starts its poller. */
  jobs: JobQueue;
  /** Runs each context's start hook once the server listens. */
  start(): Promise<void>;
}

function outsideAdapters(config: Config, dataSource: DataSource): { sms: SmsGateway; registry: CivilRegistry; shahkar: Shahkar } {
  const { timeoutMs, sms, registry } = config.outside;
  const embeddedRegistry = new EmbeddedCivilRegistry(dataSource);
  return {
    sms: sms.provider === 'http' ? new HttpSmsGateway({ ...sms, timeoutMs }) : new EmbeddedSmsGateway(dataSource),
    registry:
      registry.provider === 'http'
        ? new HttpCivilRegistry({ url: registry.civilRegistryUrl, apiKey: registry.apiKey, timeoutMs })
        : embeddedRegistry,
    shahkar:
      registry.provider === 'http' ? new HttpShahkar({ url: registry.shahkarUrl, apiKey: registry.apiKey, timeoutMs }) : embeddedRegistry,
  };
}

/** Data sources beside the primary: the direct connection (job queue) and the read replica's routing. */
export interface SecondaryDataSources {
  direct?: DataSource;
  read?: DataSource;
}

/** Composition root: the platform's services, then each context's, wired by hand (no reflection container). */
export function composeServices(config: Config, dataSource: DataSource, log: Logger, secondary: SecondaryDataSources = {}): AppServices {
  const platform: PlatformServices = {
    config,
    dataSource,
    readDataSource: secondary.read ?? dataSource,
    log,
    ...outsideAdapters(config, dataSource),
    audit: new AuditLog(dataSource),
    files: createFilesPlatform(config.files, dataSource),
    limiter: new RateLimiter(dataSource),
    // Claimed and finished on a direct connection (DATABASE_DIRECT_URL), past any transaction pooler.
    jobs: new JobQueue(secondary.direct ?? dataSource, log),
  };
  const registry = new ServiceRegistry();
  const resolvers = new Map<Function, unknown>();
  const routes: Router[] = [];
  const startHooks: Array<() => Promise<void>> = [];
  for (const context of CONTEXTS) {
    const composed = context.compose(platform, registry);
    for (const instance of composed.resolvers) resolvers.set(instance.constructor, instance);
    const missing = context.resolvers.filter((resolverClass) => !resolvers.has(resolverClass));
    if (missing.length > 0) throw new Error(`Context ${context.name} composed no instance of ${missing.map((c) => c.name).join(', ')}`);
    routes.push(...(composed.routes ?? []));
    if (composed.onStart) startHooks.push(composed.onStart);
  }
  const container: ContainerType = {
    get(someClass) {
      const instance = resolvers.get(someClass as Function);
      if (!instance) throw new Error(`No instance composed for ${(someClass as Function).name}`);
      return instance;
    },
  };
  return {
    audit: platform.audit,
    sms: platform.sms,
    files: platform.files,
    jobs: platform.jobs,
    sessions: registry.get(SESSIONS),
    bearer: registry.get(BEARER_AUTH),
    container,
    routes,
    async start() {
      for (const hook of startHooks) await hook();
    },
  };
}
