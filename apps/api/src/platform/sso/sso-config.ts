import { ConfigError, type readEnv } from '../config/env-reader';

type Reader = ReturnType<typeof readEnv>;

/** Where lead evaluators' single sign-on goes: nowhere, the embedded development IdP, or Sina. */
export type SsoProvider = 'off' | 'embedded' | 'oidc';

interface SsoCommon {
  /** The API's public origin (`https://pishkhan.example.ir`); null: taken from each request. */
  publicUrl: string | null;
  /** The claim of the ID token (or UserInfo) that holds the national ID. */
  nationalIdClaim: string;
  /** Longest wait for one HTTP request to the identity provider, in milliseconds. */
  timeoutMs: number;
}

export type SsoConfig =
  | ({ provider: 'off' } & SsoCommon)
  | ({ provider: 'embedded' } & SsoCommon)
  | ({ provider: 'oidc'; issuerUrl: string; clientId: string; clientSecret: string; scope: string } & SsoCommon);

const CLAIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/;
const SCOPE = /^[\x21\x23-\x5b\x5d-\x7e]+(?: [\x21\x23-\x5b\x5d-\x7e]+)*$/;

/**
 * Reads `SSO_*` and `PUBLIC_URL`. `SSO_PROVIDER` defaults to `oidc` when `SSO_ISSUER_URL` is set,
 * else to `embedded` outside production and `off` in production; production never runs the
 * embedded IdP and talks to the issuer over HTTPS only.
 */
export function readSsoConfig(read: Reader, production: boolean): SsoConfig {
  const fallback: SsoProvider = read.raw('SSO_ISSUER_URL') !== undefined ? 'oidc' : production ? 'off' : 'embedded';
  const provider = read.oneOf('SSO_PROVIDER', ['off', 'embedded', 'oidc'] as const, fallback);
  if (provider === 'embedded' && production) {
    throw new ConfigError(
      'SSO_PROVIDER',
      'oidc or off in production (the embedded identity provider is for development and tests)',
      provider,
    );
  }
  const nationalIdClaim = read.string('SSO_NATIONAL_ID_CLAIM', 'national_id');
  if (!CLAIM_NAME.test(nationalIdClaim))
    throw new ConfigError('SSO_NATIONAL_ID_CLAIM', 'a claim name such as national_id', nationalIdClaim);
  const common: SsoCommon = {
    publicUrl: readPublicUrl(read, production),
    nationalIdClaim,
    timeoutMs: read.int('SSO_TIMEOUT_MS', 5_000, { min: 100, max: 60_000 }),
  };
  if (provider !== 'oidc') return { provider, ...common };
  const why = 'SSO_PROVIDER is oidc';
  const issuerUrl = read.url('SSO_ISSUER_URL', production ? ['https:'] : ['https:', 'http:']);
  if (issuerUrl === null) throw new ConfigError('SSO_ISSUER_URL', `set when ${why}`, undefined);
  const clientId = read.raw('SSO_CLIENT_ID');
  if (clientId === undefined) throw new ConfigError('SSO_CLIENT_ID', `set when ${why}`, undefined);
  // Never echoed: it is a secret.
  const clientSecret = read.raw('SSO_CLIENT_SECRET');
  if (clientSecret === undefined) throw new ConfigError('SSO_CLIENT_SECRET', `set when ${why}`, undefined);
  const scope = read.string('SSO_SCOPE', 'openid');
  if (!SCOPE.test(scope) || !scope.split(' ').includes('openid'))
    throw new ConfigError('SSO_SCOPE', 'space-separated scopes including openid', scope);
  return { provider, issuerUrl: issuerUrl.replace(/\/+$/, ''), clientId, clientSecret, scope, ...common };
}

/** An origin only (scheme, host, port): the routes live at the root. HTTPS in production. */
function readPublicUrl(read: Reader, production: boolean): string | null {
  const value = read.url('PUBLIC_URL', production ? ['https:'] : ['https:', 'http:']);
  if (value === null) return null;
  const url = new URL(value);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError('PUBLIC_URL', 'an origin without a path, e.g. https://pishkhan.example.ir', undefined);
  }
  return url.origin;
}
