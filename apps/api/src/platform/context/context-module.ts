import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AuditLog } from '../audit/audit-log';
import type { Config } from '../config/config';
import type { SeedSet } from '../db/seed';
import type { FilesPlatform } from '../files';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import type { CivilRegistry, Shahkar } from '../registry/civil-registry';
import type { SmsGateway } from '../sms/sms-gateway';
import type { ServiceRegistry } from './service-registry';

/** What the platform gives every context when the process is composed. */
export interface PlatformServices {
  config: Config;
  /** The primary: writes, and every read that must see what was just written. */
  dataSource: DataSource;
  /**
   * For read-only paths that may lag the primary by up to `DATABASE_READ_MAX_LAG_MS` (inquiries,
   * exports, dashboards): a streaming replica (`DATABASE_READ_URL`) while it is that close, the
   * primary otherwise, and the primary itself when no replica is configured. Never for a read that
   * must see the caller's own write, nor inside a transaction.
   */
  readDataSource: DataSource;
  log: Logger;
  audit: AuditLog;
  sms: SmsGateway;
  registry: CivilRegistry;
  shahkar: Shahkar;
  limiter: RateLimiter;
  /** The PostgreSQL job queue: contexts `register` their job kinds' handlers. */
  jobs: JobQueue;
  /** Uploaded files: contexts register download hooks on `files.access`. */
  files: FilesPlatform;
}

/** One context composed in one process. */
export interface ComposedContext {
  /** One instance of each resolver class the context declared in `resolvers`. */
  resolvers: object[];
  /** Plain HTTP routes (webhooks, streamed files), mounted by the server. */
  routes?: Router[];
  /** Runs once the server listens (e.g. schedule a recurring job). */
  onStart?: () => Promise<void>;
}

/**
 * A bounded context as the process sees it: exported once from the context's `index.ts` and
 * listed in `apps/api/src/composition.ts`. Everything static (resolver classes, entities,
 * migrations, demo data) is plain data so that the schema and the migrations can be built offline;
 * `compose` builds the services of one process.
 */
export interface ContextModule {
  name: string;
  /** Resolver classes (the schema is built from them without a database). */
  resolvers: Function[];
  /** TypeORM entities. */
  entities: Function[];
  /** Migrations the context keeps in its own folder (older ones stay in `src/migrations`). */
  migrations?: Function[];
  /** Demo data, applied once per database in the order the contexts are listed. */
  seed?: SeedSet;
  /** Builds the context's services; `services` holds what earlier contexts provided. */
  compose(platform: PlatformServices, services: ServiceRegistry): ComposedContext;
}
