import path from 'node:path';
import { ConfigError, readEnv, type Env } from './env-reader';
import { readSsoConfig, type SsoConfig } from '../sso/sso-config';
import { readFilesConfig, type FilesConfig } from '../files/files-config';
import { readDatabaseTopology, type DatabaseTopology } from '../db/db-config';

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  port: number;
  host: string;
  logLevel: LogLevel;
  /** PostgreSQL to use; null means: start the embedded PostgreSQL. */
  databaseUrl: string | null;
  databasePoolSize: number;
  /** Pooler, direct connection and read replica (`DATABASE_POOLER`, `DATABASE_DIRECT_URL`, `DATABASE_READ_URL` …). */
  database: DatabaseTopology;
  embeddedPostgres: { dataDir: string; port: number };
  /** Seed demo data when the database has none yet (the default for the embedded database). */
  seedOnEmptyDatabase: boolean;
  /** Folder of the built admin app to serve at `/`; null serves none. */
  adminDist: string | null;
  /** Largest JSON request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Longest time a shutdown waits for in-flight requests, in milliseconds. */
  shutdownGraceMs: number;
  /** Number of proxies in front of the API whose X-Forwarded-For is trusted. */
  trustProxyHops: number;
  /** Run the PostgreSQL job queue's poller in this process (off in tests, which run jobs themselves). */
  jobsEnabled: boolean;
  /** How often the job queue's poller looks for due jobs (`JOBS_POLL_INTERVAL_MS`). */
  jobsPollIntervalMs: number;
  /** Outside government services: embedded (development, tests) or their HTTP web services. */
  outside: {
    timeoutMs: number;
    /** Development tools of the embedded SMS gateway (outbox, inbound simulator): calls per IP per minute. */
    devSmsPerIpPerMinute: number;
    sms: { provider: 'embedded' } | { provider: 'http'; url: string; apiKey: string; sender: string };
    registry: { provider: 'embedded' } | { provider: 'http'; civilRegistryUrl: string; shahkarUrl: string; apiKey: string };
  };
  auth: {
    /** Sessions end after this much inactivity… */
    sessionIdleMinutes: number;
    /** …and at the latest after this long. */
    sessionMaxHours: number;
    /** `Secure` cookies (HTTPS only); on in production. */
    secureCookies: boolean;
    /** Keep captcha answers readable through `devCaptchaAnswer` (embedded captcha, never production). */
    exposeCaptchaAnswers: boolean;
    /** One-time codes (sign-in OTPs and password resets) sent per national ID and per IP per hour. */
    otpLimits: { perNationalIdPerHour: number; perIpPerHour: number };
    /** Registration requests per IP and per national ID per hour. */
    registrationLimits: { perIpPerHour: number; perNationalIdPerHour: number };
  };
  households: {
    /** The SMS gateway's webhook secret (`X-Sms-Secret` on `POST /sms/inbound`). */
    smsInboundSecret: string;
    /**
     * `householdCluster` tries allowed per IP (or assisted-channel operator) per minute and per
     * caller and head's national ID per 10 minutes; and the failed matches in 10 minutes, per IP
     * and per national ID, after which anyone but an assisted-channel operator answers a captcha.
     */
    clusterLimits: ClusterLimits;
    /** `WEBHOOK_ALLOW_PRIVATE_TARGETS`: webhooks may go to private addresses (tests, development); refused in production. */
    webhookAllowPrivateTargets: boolean;
  };
  /**
   * Hajj registration's public operations: lookups and pre-registrations per IP per minute
   * (`HAJJ_LIMIT_PER_IP_MINUTE`) and per national ID per 10 minutes, caravan lists per IP per minute.
   */
  hajj: {
    perIpPerMinute: number;
    perNationalIdPer10Minutes: number;
    caravanListsPerIpPerMinute: number;
    /** How often the job that frees ended holds and missed deadlines runs (`HAJJ_SEAT_RELEASE_EVERY_SECONDS`). */
    seatReleaseEverySeconds: number;
  };
  /** Lead evaluators' single sign-on through Sina (OpenID Connect), or the embedded development IdP. */
  sso: SsoConfig;
  /** Uploaded files (evidence): size limit and where the bodies are stored (a local folder or S3). */
  files: FilesConfig;
  /** Counter offices: limits of the public booking operations and the booking horizon. */
  counterOffices: CounterOfficeSettings;
}

export interface CounterOfficeSettings {
  /** Bookings and cancellations per IP per minute (`COUNTER_LIMIT_PER_IP_MINUTE`). */
  perIpPerMinute: number;
  /** Bookings and cancellations per identification number per hour. */
  perIdPerHour: number;
  /** Public office and day lookups per IP per minute. */
  queriesPerIpPerMinute: number;
  /** How many days ahead (after today, Tehran) a day may be booked. */
  horizonDays: number;
  /** `lock_timeout` of a booking transaction waiting for its office-day lock. */
  lockTimeoutMs: number;
  /** The fingerprint scanner's device service (MOSIP SBI) the operator's browser captures through. */
  biometricDevice: BiometricDeviceSettings;
}

/**
 * `BIOMETRIC_DEVICE_PROVIDER`: `sbi`, a device service following MOSIP's SBI on the operator's
 * workstation at `BIOMETRIC_DEVICE_URL` (`http://127.0.0.1:4501` by default), called with the SBI
 * verbs (`BIOMETRIC_DEVICE_VERBS=sbi`: MOSIPDISC, MOSIPDINFO, RCAPTURE) or POST; or `embedded`,
 * the API's synthetic device at `/dev-biometric-device` (development and tests; refused in production).
 */
export type BiometricDeviceSettings = { provider: 'embedded' } | { provider: 'sbi'; url: string; verbs: 'sbi' | 'post' };

export interface ClusterLimits {
  perIpPerMinute: number;
  perNationalIdPer10Minutes: number;
  captchaAfterIpFailures: number;
  captchaAfterIdFailures: number;
}

/** The repository's root: `.data/` and the admin's `dist/` live there by default. */
export const REPO_ROOT = path.resolve(__dirname, '../../../../..');

/**
 * Reads and validates the configuration from environment variables. Throws a `ConfigError` whose
 * message is one line naming the variable and what is expected.
 */
export function loadConfig(env: Env = process.env): Config {
  const read = readEnv(env);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  if (nodeEnv === 'production' && databaseUrl === null) {
    throw new ConfigError('DATABASE_URL', 'set in production (the embedded PostgreSQL is for development and tests)', undefined);
  }
  const adminDistRaw = read.string('ADMIN_DIST', path.join(REPO_ROOT, 'apps/admin/dist'));
  return {
    nodeEnv,
    isProduction: nodeEnv === 'production',
    port: read.int('PORT', 4000, { min: 0, max: 65535 }),
    host: read.string('HOST', '0.0.0.0'),
    logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    databaseUrl,
    databasePoolSize: read.int('DATABASE_POOL_SIZE', 10, { min: 2, max: 500 }), // migrations hold one connection for their lock and use another
    database: readDatabaseTopology(read, databaseUrl),
    embeddedPostgres: {
      dataDir: path.resolve(read.string('EMBEDDED_PG_DIR', path.join(REPO_ROOT, '.data/postgres'))),
      port: read.int('EMBEDDED_PG_PORT', 54320, { min: 1024, max: 65535 }),
    },
    seedOnEmptyDatabase: read.bool('SEED_ON_EMPTY_DATABASE', databaseUrl === null),
    adminDist: adminDistRaw === '' ? null : path.resolve(adminDistRaw),
    bodyLimitBytes: read.int('BODY_LIMIT_BYTES', 1_000_000, { min: 1_000, max: 50_000_000 }),
    shutdownGraceMs: read.int('SHUTDOWN_GRACE_MS', 10_000, { min: 0, max: 600_000 }),
    trustProxyHops: read.int('TRUST_PROXY_HOPS', 0, { min: 0, max: 10 }),
    jobsEnabled: read.bool('JOBS_ENABLED', nodeEnv !== 'test'),
    jobsPollIntervalMs: read.int('JOBS_POLL_INTERVAL_MS', 5_000, { min: 50, max: 3_600_000 }),
    outside: readOutside(read, nodeEnv),
    auth: {
      sessionIdleMinutes: read.int('SESSION_IDLE_MINUTES', 30, { min: 1, max: 24 * 60 }),
      sessionMaxHours: read.int('SESSION_MAX_HOURS', 12, { min: 1, max: 24 * 30 }),
      secureCookies: read.bool('SECURE_COOKIES', nodeEnv === 'production'),
      exposeCaptchaAnswers: readExposeCaptcha(read, nodeEnv),
      otpLimits: {
        perNationalIdPerHour: read.int('OTP_LIMIT_PER_ID_HOUR', 5, { min: 1, max: 1_000_000_000 }),
        perIpPerHour: read.int('OTP_LIMIT_PER_IP_HOUR', 30, { min: 1, max: 1_000_000_000 }),
      },
      registrationLimits: {
        perIpPerHour: read.int('REGISTRATION_LIMIT_PER_IP_HOUR', 10, { min: 1, max: 1_000_000_000 }),
        perNationalIdPerHour: read.int('REGISTRATION_LIMIT_PER_ID_HOUR', 3, { min: 1, max: 1_000_000_000 }),
      },
    },
    households: {
      smsInboundSecret: readSmsInboundSecret(read, nodeEnv),
      clusterLimits: {
        perIpPerMinute: read.int('CLUSTER_LIMIT_PER_IP_MINUTE', 30, { min: 1, max: 1_000_000_000 }),
        perNationalIdPer10Minutes: read.int('CLUSTER_LIMIT_PER_ID_10MIN', 10, { min: 1, max: 1_000_000_000 }),
        captchaAfterIpFailures: read.int('CLUSTER_CAPTCHA_AFTER_IP_FAILURES', 20, { min: 1, max: 1_000_000_000 }),
        captchaAfterIdFailures: read.int('CLUSTER_CAPTCHA_AFTER_ID_FAILURES', 3, { min: 1, max: 1_000_000_000 }),
      },
      webhookAllowPrivateTargets: readWebhookAllowPrivate(read, nodeEnv),
    },
    hajj: {
      perIpPerMinute: read.int('HAJJ_LIMIT_PER_IP_MINUTE', 20, { min: 1, max: 1_000_000_000 }),
      perNationalIdPer10Minutes: read.int('HAJJ_LIMIT_PER_ID_10MIN', 10, { min: 1, max: 1_000_000_000 }),
      caravanListsPerIpPerMinute: read.int('HAJJ_CARAVANS_LIMIT_PER_IP_MINUTE', 60, { min: 1, max: 1_000_000_000 }),
      seatReleaseEverySeconds: read.int('HAJJ_SEAT_RELEASE_EVERY_SECONDS', 60, { min: 1, max: 3600 }),
    },
    sso: readSsoConfig(read, nodeEnv === 'production'),
    files: readFilesConfig(read, path.join(REPO_ROOT, '.data/files')),
    counterOffices: {
      perIpPerMinute: read.int('COUNTER_LIMIT_PER_IP_MINUTE', 10, { min: 1, max: 1_000_000_000 }),
      perIdPerHour: read.int('COUNTER_LIMIT_PER_ID_HOUR', 10, { min: 1, max: 1_000_000_000 }),
      queriesPerIpPerMinute: read.int('COUNTER_QUERY_LIMIT_PER_IP_MINUTE', 120, { min: 1, max: 1_000_000_000 }),
      horizonDays: read.int('COUNTER_BOOKING_HORIZON_DAYS', 30, { min: 1, max: 365 }),
      lockTimeoutMs: read.int('COUNTER_LOCK_TIMEOUT_MS', 3_000, { min: 100, max: 60_000 }),
      biometricDevice: readBiometricDevice(read, nodeEnv),
    },
  };
}

type Reader = ReturnType<typeof readEnv>;

function required(read: Reader, name: string, why: string): string {
  const value = read.raw(name);
  if (value === undefined) throw new ConfigError(name, `set when ${why}`, undefined);
  return value;
}

function readOutside(read: Reader, nodeEnv: NodeEnv): Config['outside'] {
  const fallback = nodeEnv === 'production' ? 'http' : 'embedded';
  const smsProvider = read.oneOf('SMS_PROVIDER', ['embedded', 'http'] as const, fallback);
  const registryProvider = read.oneOf('REGISTRY_PROVIDER', ['embedded', 'http'] as const, fallback);
  // The embedded gateway's public outbox would show every one-time password; the embedded registry
  // would accept made-up people.
  if (nodeEnv === 'production' && smsProvider === 'embedded')
    throw new ConfigError('SMS_PROVIDER', 'http in production (the embedded outbox is public)', 'embedded');
  if (nodeEnv === 'production' && registryProvider === 'embedded')
    throw new ConfigError('REGISTRY_PROVIDER', 'http in production (the embedded registry is test data)', 'embedded');
  return {
    timeoutMs: read.int('OUTSIDE_TIMEOUT_MS', 5_000, { min: 100, max: 60_000 }),
    devSmsPerIpPerMinute: read.int('DEV_SMS_LIMIT_PER_IP_MINUTE', 60, { min: 1, max: 1_000_000_000 }),
    sms:
      smsProvider === 'embedded'
        ? { provider: 'embedded' }
        : {
            provider: 'http',
            url: read.url('SMS_GATEWAY_URL', ['http:', 'https:']) ?? required(read, 'SMS_GATEWAY_URL', 'SMS_PROVIDER is http'),
            apiKey: required(read, 'SMS_GATEWAY_KEY', 'SMS_PROVIDER is http'),
            sender: read.string('SMS_SENDER', '300000'),
          },
    registry:
      registryProvider === 'embedded'
        ? { provider: 'embedded' }
        : {
            provider: 'http',
            civilRegistryUrl:
              read.url('CIVIL_REGISTRY_URL', ['http:', 'https:']) ?? required(read, 'CIVIL_REGISTRY_URL', 'REGISTRY_PROVIDER is http'),
            shahkarUrl: read.url('SHAHKAR_URL', ['http:', 'https:']) ?? required(read, 'SHAHKAR_URL', 'REGISTRY_PROVIDER is http'),
            apiKey: required(read, 'REGISTRY_API_KEY', 'REGISTRY_PROVIDER is http'),
          },
  };
}

function readBiometricDevice(read: Reader, nodeEnv: NodeEnv): BiometricDeviceSettings {
  const provider = read.oneOf('BIOMETRIC_DEVICE_PROVIDER', ['embedded', 'sbi'] as const, nodeEnv === 'production' ? 'sbi' : 'embedded');
  // The embedded device makes up fingerprints: a record captured through it proves nothing.
  if (provider === 'embedded' && nodeEnv === 'production')
    throw new ConfigError('BIOMETRIC_DEVICE_PROVIDER', 'sbi in production (the embedded device makes synthetic captures)', 'embedded');
  if (provider === 'embedded') return { provider };
  return {
    provider,
    url: (read.url('BIOMETRIC_DEVICE_URL', ['http:', 'https:']) ?? 'http://127.0.0.1:4501').replace(/\/+$/, ''),
    verbs: read.oneOf('BIOMETRIC_DEVICE_VERBS', ['sbi', 'post'] as const, 'sbi'),
  };
}

function readSmsInboundSecret(read: Reader, nodeEnv: NodeEnv): string {
  const secret = read.raw('SMS_INBOUND_SECRET');
  if (secret === undefined && nodeEnv === 'production')
    throw new ConfigError('SMS_INBOUND_SECRET', 'set in production (the SMS gateway webhook secret)', undefined);
  if (secret !== undefined && secret.length < 12) throw new ConfigError('SMS_INBOUND_SECRET', 'at least 12 characters', undefined);
  return secret ?? 'dev-sms-secret';
}

function readWebhookAllowPrivate(read: Reader, nodeEnv: NodeEnv): boolean {
  const allow = read.bool('WEBHOOK_ALLOW_PRIVATE_TARGETS', false);
  if (allow && nodeEnv === 'production')
    throw new ConfigError('WEBHOOK_ALLOW_PRIVATE_TARGETS', 'false in production (webhooks go to public addresses only)', 'true');
  return allow;
}

function readExposeCaptcha(read: Reader, nodeEnv: NodeEnv): boolean {
  const expose = read.bool('EXPOSE_CAPTCHA_ANSWERS', nodeEnv !== 'production');
  if (expose && nodeEnv === 'production') throw new ConfigError('EXPOSE_CAPTCHA_ANSWERS', 'false in production', 'true');
  return expose;
}
