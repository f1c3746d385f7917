import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { ConfigError } from './env-reader';

/** A production configuration that starts: real SMS gateway and registry. */
const PRODUCTION: Record<string, string | undefined> = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db/x',
  SMS_PROVIDER: 'http',
  SMS_GATEWAY_URL: 'https://sms.example.ir/send',
  SMS_GATEWAY_KEY: 'sms-key',
  REGISTRY_PROVIDER: 'http',
  CIVIL_REGISTRY_URL: 'https://registry.example.ir',
  SHAHKAR_URL: 'https://shahkar.example.ir',
  REGISTRY_API_KEY: 'registry-key',
  SMS_INBOUND_SECRET: 'gateway-secret-123',
};

describe('loadConfig', () => {
  it('gives development defaults with the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 4000, databaseUrl: null, seedOnEmptyDatabase: true, isProduction: false });
    expect(config.embeddedPostgres.port).not.toBe(5432);
    expect(config.embeddedPostgres.dataDir).toMatch(/\.data[/\\]postgres$/);
  });

  it('takes DATABASE_URL and then seeds only when asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/pishkhan' });
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/pishkhan');
    expect(config.seedOnEmptyDatabase).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/x', SEED_ON_EMPTY_DATABASE: 'yes' }).seedOnEmptyDatabase).toBe(true);
  });

  it('starts in production with the real SMS gateway and registry only', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.outside.sms.provider).toBe('http');
    expect(config.outside.registry.provider).toBe('http');
    expect(config.auth).toMatchObject({
      exposeCaptchaAnswers: false,
      otpLimits: { perNationalIdPerHour: 5, perIpPerHour: 30 },
      registrationLimits: { perIpPerHour: 10, perNationalIdPerHour: 3 },
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be an integer from 0 to 65535 (got "70000")'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of development, test, production (got "staging")'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ SEED_ON_EMPTY_DATABASE: 'maybe' }, 'SEED_ON_EMPTY_DATABASE must be true or false'],
    [{ DATABASE_URL: 'mysql://u:hunter2@db/x' }, 'DATABASE_URL must be a URL starting with postgres:// or postgresql://'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL must be a URL'],
    [{ NODE_ENV: 'production' }, 'DATABASE_URL must be set in production'],
    [{ ...PRODUCTION, SMS_INBOUND_SECRET: undefined }, 'SMS_INBOUND_SECRET must be set in production'],
    [
      { ...PRODUCTION, SMS_PROVIDER: 'embedded' },
      'SMS_PROVIDER must be http in production (the embedded outbox is public) (got "embedded")',
    ],
    [
      { ...PRODUCTION, REGISTRY_PROVIDER: 'embedded' },
      'REGISTRY_PROVIDER must be http in production (the embedded registry is test data) (got "embedded")',
    ],
    [{ ...PRODUCTION, SMS_PROVIDER: undefined, SMS_GATEWAY_URL: undefined }, 'SMS_GATEWAY_URL must be set when SMS_PROVIDER is http'],
    [{ SMS_INBOUND_SECRET: 'short' }, 'SMS_INBOUND_SECRET must be at least 12 characters'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('lets webhooks go to private addresses only outside production (WEBHOOK_ALLOW_PRIVATE_TARGETS)', () => {
    expect(loadConfig({}).households.webhookAllowPrivateTargets).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }).households.webhookAllowPrivateTargets).toBe(true);
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      SMS_PROVIDER: 'http',
      SMS_GATEWAY_URL: 'https://sms.example.ir/send',
      SMS_GATEWAY_KEY: 'sms-key',
      REGISTRY_PROVIDER: 'http',
      CIVIL_REGISTRY_URL: 'https://registry.example.ir',
      SHAHKAR_URL: 'https://shahkar.example.ir',
      REGISTRY_API_KEY: 'registry-key',
      SMS_INBOUND_SECRET: 'gateway-secret-123',
    };
    expect(loadConfig(production).households.webhookAllowPrivateTargets).toBe(false);
    expect(() => loadConfig({ ...production, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_TARGETS/);
  });
});
