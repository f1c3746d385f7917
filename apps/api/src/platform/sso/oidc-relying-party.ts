import * as oidc from 'openid-client';
import { checkNationalId } from '@pishkhan/national-id';
import { SsoError } from './sso.errors';

export interface RelyingPartySettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  nationalIdClaim: string;
  /** Longest wait for each HTTP request to the IdP. */
  timeoutMs: number;
  /** Extra authorization parameters (the embedded IdP asks for `prompt=login`). */
  extraParams?: Record<string, string>;
}

/** What the browser carried to the IdP and must be checked on the way back. */
export interface SsoChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The issuer's metadata is asked again after this long (and after any failure). */
const METADATA_TTL_MS = 60 * 60_000;

/**
 * The Pishkhan API as an OpenID Connect client (openid-client): authorization code flow with PKCE
 * (S256), state and nonce, client_secret_basic at the token endpoint. Every request to the IdP has
 * a timeout, so a silent IdP costs `timeoutMs` per request, never a hang.
 */
export class OidcRelyingParty {
  private metadata: { config: oidc.Configuration; until: number } | null = null;
  private discovering: Promise<oidc.Configuration> | null = null;

  constructor(private readonly settings: RelyingPartySettings) {}

  get issuerUrl(): string {
    return this.settings.issuerUrl;
  }

  /** The IdP's authorization URL for one attempt (discovers the issuer first when needed). */
  async authorizationUrl(redirectUri: string, checks: SsoChecks): Promise<URL> {
    const config = await this.configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scope,
      response_type: 'code',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      ...this.settings.extraParams,
    });
  }

  /**
   * Exchanges the code of the authorization response (`callbackUrl`: the redirect URI with the
   * response's query) and returns the normalised national ID, from the ID token or else UserInfo.
   */
  async nationalIdFrom(callbackUrl: URL, checks: SsoChecks): Promise<string> {
    const config = await this.configuration();
    const tokens = await oidc
      .authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      })
      .catch((error: unknown) => {
        throw toSsoError(error);
      });
    const claims = tokens.claims();
    if (!claims) throw new SsoError('SSO_FAILED', 'The IdP returned no ID token', 'no-id-token');
    let value = claims[this.settings.nationalIdClaim];
    if (value === undefined && config.serverMetadata().userinfo_endpoint) {
      const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub).catch((error: unknown) => {
        throw toSsoError(error);
      });
      value = userInfo[this.settings.nationalIdClaim];
    }
    const checked = typeof value === 'string' || typeof value === 'number' ? checkNationalId(String(value)) : null;
    if (!checked?.valid) throw new SsoError('SSO_FAILED', 'The IdP gave no valid national ID', 'national-id-claim');
    return checked.normalized;
  }

  private async configuration(): Promise<oidc.Configuration> {
    if (this.metadata && this.metadata.until > Date.now()) return this.metadata.config;
    this.discovering ??= this.discover().finally(() => {
      this.discovering = null;
    });
    return this.discovering;
  }

  private async discover(): Promise<oidc.Configuration> {
    const { issuerUrl, clientId, clientSecret, timeoutMs } = this.settings;
    const issuer = new URL(issuerUrl);
    const config = await oidc
      .discovery(issuer, clientId, { client_secret: clientSecret }, oidc.ClientSecretBasic(clientSecret), {
        timeout: timeoutMs / 1000,
        // http: is refused for the issuer in production by the configuration reader.
        execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        throw toSsoError(error);
      });
    this.metadata = { config, until: Date.now() + METADATA_TTL_MS };
    return config;
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/** Unreachable, silent or failing (5xx) IdPs are SSO_UNAVAILABLE; an IdP's refusal is SSO_FAILED. */
export function toSsoError(error: unknown): SsoError {
  if (error instanceof SsoError) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return error.error === 'access_denied'
      ? new SsoError('SSO_CANCELLED', 'The sign-in was cancelled at the IdP', 'access_denied')
      : new SsoError('SSO_FAILED', 'The IdP refused the sign-in', `idp:${safeWord(error.error)}`);
  }
  if (error instanceof oidc.ResponseBodyError) {
    return error.status >= 500
      ? new SsoError('SSO_UNAVAILABLE', 'The IdP failed', `idp-status:${error.status}`)
      : new SsoError('SSO_FAILED', 'The IdP refused the request', `idp:${safeWord(error.error)}`);
  }
  for (let cause: unknown = error, depth = 0; cause && depth < 6; cause = (cause as { cause?: unknown }).cause, depth += 1) {
    const { name, code, status } = cause as { name?: unknown; code?: unknown; status?: unknown };
    if (name === 'TimeoutError' || code === 'OAUTH_TIMEOUT')
      return new SsoError('SSO_UNAVAILABLE', 'The IdP did not answer in time', 'timeout');
    if (name === 'AbortError' || code === 'OAUTH_ABORT')
      return new SsoError('SSO_UNAVAILABLE', 'The request to the IdP was aborted', 'aborted');
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_')))
      return new SsoError('SSO_UNAVAILABLE', 'The IdP cannot be reached', `network:${code}`);
    if (cause instanceof Response && cause.status >= 500)
      return new SsoError('SSO_UNAVAILABLE', 'The IdP failed', `idp-status:${cause.status}`);
    if (typeof status === 'number' && status >= 500) return new SsoError('SSO_UNAVAILABLE', 'The IdP failed', `idp-status:${status}`);
    if (cause instanceof TypeError && cause.message === 'fetch failed')
      return new SsoError('SSO_UNAVAILABLE', 'The IdP cannot be reached', 'network');
  }
  const code = (error as { code?: unknown } | null)?.code;
  return new SsoError('SSO_FAILED', 'The sign-in could not be completed', typeof code === 'string' ? `client:${safeWord(code)}` : 'client');
}

/** An IdP's error word, kept short and harmless for the logs. */
function safeWord(value: string | undefined): string {
  return (value ?? 'unknown').replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 40) || 'unknown';
}
