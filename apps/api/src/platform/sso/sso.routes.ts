import { Router, type Request, type Response } from 'express';
import { parse, serialize } from 'cookie';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { AuditLog } from '../audit/audit-log';
import type { SessionPort } from '../auth/ports';
import { sessionCookie } from '../http/session-cookie';
import { EmbeddedIdp } from './embedded-idp';
import { OidcRelyingParty } from './oidc-relying-party';
import { SSO_ATTEMPT_TTL_MS, SsoLoginService } from './sso-login.service';
import { SsoError, type SsoErrorCode } from './sso.errors';
import { SSO_CALLBACK_PATH, SSO_FAILURE_PATH, SSO_START_PATH, SSO_STATUS_PATH } from './sso-paths';

/** Binds an attempt's state to the browser that started it (only its hash is stored). */
export const SSO_BROWSER_COOKIE = 'pishkhan_sso';
const COOKIE_PATH = '/auth/sso';
/** Distinct origins with a relying party of their own (embedded IdP without PUBLIC_URL). */
const MAX_ORIGINS = 4;
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export interface SsoRouterDeps {
  config: Config;
  dataSource: DataSource;
  sessions: SessionPort;
  audit: AuditLog;
  log: Logger;
}

/**
 * Lead evaluators' single sign-on over HTTP:
 * - `GET /auth/sso/start` → 302 to the IdP (or to `/login?sso_error=…`);
 * - `GET /auth/sso/callback` → session cookie and 302 to `/`, or 302 to `/login?sso_error=…`;
 * - `GET /auth/sso/status` → `{ "enabled": true|false }` for the admin's sign-in page;
 * - with `SSO_PROVIDER=embedded`, the development IdP under `/dev-idp`.
 */
export async function createSsoRouter(deps: SsoRouterDeps): Promise<Router> {
  const { config, dataSource, sessions, audit, log } = deps;
  const { sso } = config;
  const router = Router();
  router.get(SSO_STATUS_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ enabled: sso.provider !== 'off' });
  });
  if (sso.provider === 'off') {
    router.get([SSO_START_PATH, SSO_CALLBACK_PATH], (_req, res) => redirectToLogin(res, 'SSO_DISABLED'));
    return router;
  }

  const baseUrlOf = (req: Request): string => sso.publicUrl ?? requestOrigin(req);
  let relyingParty: (baseUrl: string) => OidcRelyingParty;
  if (sso.provider === 'embedded') {
    if (config.isProduction) throw new Error('The embedded identity provider never runs in production');
    const idp = new EmbeddedIdp(dataSource, { nationalIdClaim: sso.nationalIdClaim, trustProxy: config.trustProxyHops > 0 });
    router.use(idp.router(baseUrlOf));
    const parties = new Map<string, OidcRelyingParty>();
    relyingParty = (baseUrl) => {
      let party = parties.get(baseUrl);
      if (!party) {
        if (parties.size >= MAX_ORIGINS) parties.delete(parties.keys().next().value!);
        party = new OidcRelyingParty({
          issuerUrl: idp.issuerFor(baseUrl),
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          scope: 'openid',
          nationalIdClaim: sso.nationalIdClaim,
          timeoutMs: sso.timeoutMs,
          // Always show the picker, so a developer can sign in as someone else next time.
          extraParams: { prompt: 'login' },
        });
        parties.set(baseUrl, party);
      }
      return party;
    };
    log.info(
      { issuer: sso.publicUrl ? idp.issuerFor(sso.publicUrl) : '<request origin>/dev-idp' },
      'single sign-on: embedded development IdP',
    );
  } else {
    const party = new OidcRelyingParty({
      issuerUrl: sso.issuerUrl,
      clientId: sso.clientId,
      clientSecret: sso.clientSecret,
      scope: sso.scope,
      nationalIdClaim: sso.nationalIdClaim,
      timeoutMs: sso.timeoutMs,
    });
    relyingParty = () => party;
    log.info({ issuer: sso.issuerUrl }, 'single sign-on: OpenID Connect');
  }
  const service = new SsoLoginService(dataSource, sessions, audit, relyingParty);
  const browserCookie = (res: Response, value: string, maxAgeSeconds: number) =>
    res.append(
      'Set-Cookie',
      serialize(SSO_BROWSER_COOKIE, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.auth.secureCookies,
        path: COOKIE_PATH,
        maxAge: maxAgeSeconds,
      }),
    );

  router.get(SSO_START_PATH, async (req, res) => {
    const ctx = { ip: req.ip ?? '', requestId: req.id };
    try {
      const started = await service.start(ctx, baseUrlOf(req));
      browserCookie(res, started.browserToken, SSO_ATTEMPT_TTL_MS / 1000);
      res.set('Cache-Control', 'no-store').redirect(302, started.authorizationUrl);
    } catch (error) {
      const failure = asSsoError(error, req);
      req.log.warn({ sso: { step: 'start', error: failure.code, reason: failure.reason } }, 'single sign-on could not start');
      redirectToLogin(res, failure.code);
    }
  });

  router.get(SSO_CALLBACK_PATH, async (req, res) => {
    const ctx = { ip: req.ip ?? '', requestId: req.id };
    const header = req.headers.cookie;
    const browserToken = header ? (parse(header)[SSO_BROWSER_COOKIE] ?? null) : null;
    browserCookie(res, '', 0);
    try {
      const finished = await service.finish(ctx, new URL(req.originalUrl, 'http://callback.invalid').searchParams, browserToken);
      if (!finished.ok) {
        req.log.warn({ sso: { step: 'callback', error: finished.error.code, reason: finished.error.reason } }, 'single sign-on refused');
        redirectToLogin(res, finished.error.code);
        return;
      }
      const cookie = sessionCookie(req, res, config.auth.secureCookies);
      if (cookie.token) await sessions.endByToken(cookie.token);
      cookie.set(finished.session.token, finished.session.expiresAt);
      req.log.info({ sso: { step: 'callback', sessionId: finished.session.sessionId } }, 'single sign-on: session opened');
      res.set('Cache-Control', 'no-store').redirect(302, '/');
    } catch (error) {
      const failure = asSsoError(error, req);
      redirectToLogin(res, failure.code);
    }
  });
  return router;
}

function redirectToLogin(res: Response, code: SsoErrorCode): void {
  res.set('Cache-Control', 'no-store').redirect(302, `${SSO_FAILURE_PATH}?sso_error=${code}`);
}

/** SsoErrors as they are; anything else is logged (without its message's details) and is SSO_FAILED. */
function asSsoError(error: unknown, req: Request): SsoError {
  if (error instanceof SsoError) return error;
  req.log.error({ err: error }, 'single sign-on failed unexpectedly');
  return new SsoError('SSO_FAILED', 'The sign-in could not be completed', 'internal');
}

/** `proto://host[:port]` of the request, after trusted proxies (Express's `trust proxy`). */
function requestOrigin(req: Request): string {
  const host = req.host;
  if (!host || !HOST.test(host)) throw new SsoError('SSO_FAILED', 'The request has no usable Host header', 'host');
  return `${req.protocol}://${host}`;
}
