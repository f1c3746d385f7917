import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { default as Provider, Configuration, JWK, KoaContextWithOIDC } from 'oidc-provider';
import { checkNationalId } from '@pishkhan/national-id';
import { errorPage, loginPage, PAGE_CSP, type LeadEvaluatorChoice } from './embedded-idp-page';
import { SSO_CALLBACK_PATH } from './sso-paths';

/** Where the embedded IdP lives in the API's own URL space. */
export const EMBEDDED_IDP_PATH = '/dev-idp';
/** The one client the embedded IdP knows: this API. */
export const EMBEDDED_CLIENT_ID = 'pishkhan-api';
/** Distinct public origins (Host headers) served at once; the oldest provider is dropped beyond. */
const MAX_ORIGINS = 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Mounted {
  provider: Provider;
  handle: ReturnType<Provider['callback']>;
}

/**
 * A development stand-in for the national single sign-on "Sina": an OpenID Connect provider
 * (oidc-provider) inside the API under `/dev-idp`, with a Persian sign-in page that lists the lead
 * evaluators to click. Only ever built when `SSO_PROVIDER=embedded`, which the configuration
 * refuses in production.
 *
 * The issuer is `<public base URL>/dev-idp`. With no `PUBLIC_URL` the base is each request's own
 * origin (the port may be 0 until the server listens), so a provider is built lazily per origin.
 * Signing keys, cookie keys and the client secret are made at start and live in memory only:
 * nothing to commit, and a restart simply ends the IdP's sessions.
 *
 * oidc-provider keeps its interactions, sessions, codes and grants with its built-in memory
 * adapter. That is acceptable ONLY for this embedded development IdP (one process, short-lived
 * state); it would break with several replicas and is never used in production, where Sina is the
 * provider and this API keeps its own SSO state in PostgreSQL (`sso_login`).
 */
export class EmbeddedIdp {
  readonly clientId = EMBEDDED_CLIENT_ID;
  readonly clientSecret = randomBytes(32).toString('base64url');
  private readonly cookieKeys = [randomBytes(32).toString('base64url')];
  private signingKey: JWK | null = null;
  private readonly mounted = new Map<string, Promise<Mounted>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { nationalIdClaim: string; trustProxy: boolean },
  ) {}

  issuerFor(baseUrl: string): string {
    return `${baseUrl}${EMBEDDED_IDP_PATH}`;
  }

  /** The IdP's routes: its sign-in page, then everything oidc-provider serves under `/dev-idp`. */
  router(baseUrlOf: (req: Request) => string): Router {
    const router = Router();
    const page = `${EMBEDDED_IDP_PATH}/interaction/:uid`;
    const form = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 });
    router.get(page, (req, res, next) => {
      this.showLogin(baseUrlOf(req), req, res, null).catch(next);
    });
    router.post(`${page}/login`, form, (req, res, next) => {
      this.submitLogin(baseUrlOf(req), req, res).catch(next);
    });
    router.post(`${page}/abort`, (req, res, next) => {
      this.abort(baseUrlOf(req), req, res).catch(next);
    });
    router.use(EMBEDDED_IDP_PATH, (req, res, next) => {
      this.providerFor(baseUrlOf(req))
        .then(({ handle }) => handle(req, res))
        .catch(next);
    });
    return router;
  }

  private providerFor(baseUrl: string): Promise<Mounted> {
    let mounted = this.mounted.get(baseUrl);
    if (!mounted) {
      if (this.mounted.size >= MAX_ORIGINS) this.mounted.delete(this.mounted.keys().next().value!);
      mounted = this.build(baseUrl);
      mounted.catch(() => this.mounted.delete(baseUrl));
      this.mounted.set(baseUrl, mounted);
    }
    return mounted;
  }

  private async build(baseUrl: string): Promise<Mounted> {
    // Loaded on first use only: production (Sina or no SSO) never loads oidc-provider.
    const { default: ProviderClass } = await import('oidc-provider').catch((error: unknown) => {
      throw new Error('The embedded IdP is for development and tests: install the dev dependencies, or set SSO_PROVIDER=oidc or off', {
        cause: error,
      });
    });
    const provider = new ProviderClass(this.issuerFor(baseUrl), this.configuration(baseUrl));
    provider.proxy = this.options.trustProxy;
    return { provider, handle: provider.callback() };
  }

  private configuration(baseUrl: string): Configuration {
    const claim = this.options.nationalIdClaim;
    return {
      clients: [
        {
          client_id: this.clientId,
          client_secret: this.clientSecret,
          redirect_uris: [`${baseUrl}${SSO_CALLBACK_PATH}`],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [this.key()] },
      cookies: { keys: this.cookieKeys },
      // The national ID goes into the ID token with the openid scope, as Sina's does.
      claims: { openid: ['sub', claim] },
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `${EMBEDDED_IDP_PATH}/interaction/${interaction.uid}` },
      findAccount: (_ctx, accountId) => {
        const checked = checkNationalId(accountId);
        if (!checked.valid) return undefined;
        return { accountId, claims: () => ({ sub: accountId, [claim]: checked.normalized }) };
      },
      // The API is the IdP's own first-party client: no consent screen.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const { client, session } = ctx.oidc;
        if (!client || !session?.accountId) return undefined;
        const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
        const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
        if (existing) return existing;
        const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
        grant.addOIDCScope('openid');
        grant.addOIDCClaims(['sub', claim]);
        await grant.save();
        return grant;
      },
      ttl: { AuthorizationCode: 60, AccessToken: 300, IdToken: 300, Grant: 600, Interaction: 600, Session: 600 },
      renderError: (ctx, out) => {
        ctx.type = 'html';
        ctx.set('Content-Security-Policy', PAGE_CSP);
        ctx.body = errorPage(String(out.error ?? 'error'), typeof out.error_description === 'string' ? out.error_description : undefined);
      },
    };
  }

  /** One RSA signing key (RS256, what clients expect by default) per process, made at first use. */
  private key(): JWK {
    if (!this.signingKey) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      this.signingKey = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: randomUUID(), alg: 'RS256', use: 'sig' };
    }
    return this.signingKey;
  }

  private async showLogin(baseUrl: string, req: Request, res: Response, error: string | null): Promise<void> {
    const { provider } = await this.providerFor(baseUrl);
    const uid = await this.interactionUid(provider, req, res);
    if (!uid) return;
    const action = `${EMBEDDED_IDP_PATH}/interaction/${uid}`;
    res
      .status(error ? 400 : 200)
      .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': PAGE_CSP })
      .send(loginPage(`${action}/login`, `${action}/abort`, await this.leadEvaluators(), error));
  }

  private async submitLogin(baseUrl: string, req: Request, res: Response): Promise<void> {
    const { provider } = await this.providerFor(baseUrl);
    if (!(await this.interactionUid(provider, req, res))) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    let nationalId: string | null = null;
    if (typeof body.userId === 'string' && UUID.test(body.userId)) {
      const rows = (await this.dataSource.query(`SELECT national_id FROM user_account WHERE id = $1 AND status = 'ACTIVE'`, [
        body.userId,
      ])) as Array<{ national_id: string }>;
      nationalId = rows[0]?.national_id ?? null;
    } else if (typeof body.nationalId === 'string') {
      const checked = checkNationalId(body.nationalId);
      nationalId = checked.valid ? checked.normalized : null;
    }
    if (!nationalId) {
      await this.showLogin(baseUrl, req, res, 'کد ملی معتبر نیست.');
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: nationalId } }, { mergeWithLastSubmission: false });
  }

  private async abort(baseUrl: string, req: Request, res: Response): Promise<void> {
    const { provider } = await this.providerFor(baseUrl);
    if (!(await this.interactionUid(provider, req, res))) return;
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'End-User aborted interaction' },
      { mergeWithLastSubmission: false },
    );
  }

  /** The interaction of this browser (its cookie) when it is the one in the path; else an error page. */
  private async interactionUid(provider: Provider, req: Request, res: Response): Promise<string | null> {
    const details = await provider.interactionDetails(req, res).catch(() => null);
    if (!details || details.uid !== req.params.uid) {
      res
        .status(400)
        .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': PAGE_CSP })
        .send(errorPage('interaction_expired', 'The sign-in has expired; start again from Pishkhan.'));
      return null;
    }
    return details.uid;
  }

  /** The newest 50 active lead evaluators (the demo has one; people added later come first). */
  private async leadEvaluators(): Promise<LeadEvaluatorChoice[]> {
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.first_name, u.last_name, u.national_id
         FROM user_account u
        WHERE u.status = 'ACTIVE'
          AND EXISTS (SELECT 1 FROM role_assignment r WHERE r.user_id = u.id AND r.role = 'LEAD_EVALUATOR' AND r.active)
        ORDER BY u.created_at DESC, u.last_name, u.first_name, u.id
        LIMIT 50`,
    )) as Array<{ id: string; first_name: string; last_name: string; national_id: string }>;
    return rows.map((r) => ({ userId: r.id, firstName: r.first_name, lastName: r.last_name, nationalId: r.national_id }));
  }
}
