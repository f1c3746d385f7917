import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { ConfigError } from '../config/env-reader';

// Production needs its outside services configured; embedded ones keep these cases short.
const PROD = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://u:p@db:5432/pishkhan',
  SMS_PROVIDER: 'http',
  SMS_GATEWAY_URL: 'https://sms.example.ir/send',
  SMS_GATEWAY_KEY: 'sms-key',
  REGISTRY_PROVIDER: 'http',
  CIVIL_REGISTRY_URL: 'https://registry.example.ir',
  SHAHKAR_URL: 'https://shahkar.example.ir',
  REGISTRY_API_KEY: 'registry-key',
  SMS_INBOUND_SECRET: 'gateway-secret-123',
};
const SINA = { SSO_ISSUER_URL: 'https://sso.sina.example.ir/realms/gov', SSO_CLIENT_ID: 'pishkhan', SSO_CLIENT_SECRET: 'hunter2-secret' };

describe('single sign-on configuration', () => {
  it('runs the embedded IdP outside production and nothing in production by default', () => {
    expect(loadConfig({}).sso).toEqual({ provider: 'embedded', publicUrl: null, nationalIdClaim: 'national_id', timeoutMs: 5_000 });
    expect(loadConfig({ NODE_ENV: 'test' }).sso.provider).toBe('embedded');
    expect(loadConfig(PROD).sso.provider).toBe('off');
  });

  it('reads Sina in production, and takes an issuer alone to mean oidc', () => {
    const sso = loadConfig({
      ...PROD,
      ...SINA,
      PUBLIC_URL: 'https://pishkhan.example.ir/',
      SSO_NATIONAL_ID_CLAIM: 'nid',
      SSO_SCOPE: 'openid profile',
      SSO_TIMEOUT_MS: '3000',
    }).sso;
    expect(sso).toEqual({
      provider: 'oidc',
      issuerUrl: 'https://sso.sina.example.ir/realms/gov',
      clientId: 'pishkhan',
      clientSecret: 'hunter2-secret',
      scope: 'openid profile',
      publicUrl: 'https://pishkhan.example.ir',
      nationalIdClaim: 'nid',
      timeoutMs: 3_000,
    });
    expect(loadConfig({ ...PROD, ...SINA, SSO_PROVIDER: 'off' }).sso.provider).toBe('off');
    // Outside production a local issuer over HTTP is allowed (tests, a local Keycloak…).
    expect(loadConfig({ SSO_PROVIDER: 'oidc', ...SINA, SSO_ISSUER_URL: 'http://127.0.0.1:8080/' }).sso).toMatchObject({
      provider: 'oidc',
      issuerUrl: 'http://127.0.0.1:8080',
    });
  });

  it.each([
    [
      { ...PROD, SSO_PROVIDER: 'embedded' },
      'SSO_PROVIDER must be oidc or off in production (the embedded identity provider is for development and tests) (got "embedded")',
    ],
    [{ SSO_PROVIDER: 'saml' }, 'SSO_PROVIDER must be one of off, embedded, oidc (got "saml")'],
    [{ ...PROD, SSO_PROVIDER: 'oidc' }, 'SSO_ISSUER_URL must be set when SSO_PROVIDER is oidc'],
    [{ ...PROD, SSO_PROVIDER: 'oidc', SSO_ISSUER_URL: SINA.SSO_ISSUER_URL }, 'SSO_CLIENT_ID must be set when SSO_PROVIDER is oidc'],
    [
      { ...PROD, SSO_ISSUER_URL: SINA.SSO_ISSUER_URL, SSO_CLIENT_ID: 'pishkhan' },
      'SSO_CLIENT_SECRET must be set when SSO_PROVIDER is oidc',
    ],
    [{ ...PROD, ...SINA, SSO_ISSUER_URL: 'http://sso.sina.example.ir' }, 'SSO_ISSUER_URL must be a URL starting with https://'],
    [{ ...SINA, SSO_ISSUER_URL: 'ftp://sso.example.ir' }, 'SSO_ISSUER_URL must be a URL starting with https:// or http://'],
    [{ ...PROD, PUBLIC_URL: 'http://pishkhan.example.ir' }, 'PUBLIC_URL must be a URL starting with https://'],
    [{ PUBLIC_URL: 'https://pishkhan.example.ir/app' }, 'PUBLIC_URL must be an origin without a path'],
    [{ SSO_NATIONAL_ID_CLAIM: 'national id' }, 'SSO_NATIONAL_ID_CLAIM must be a claim name'],
    [{ ...SINA, SSO_SCOPE: 'profile email' }, 'SSO_SCOPE must be space-separated scopes including openid'],
    [{ SSO_TIMEOUT_MS: '10' }, 'SSO_TIMEOUT_MS must be an integer from 100 to 60000 (got "10")'],
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
});
