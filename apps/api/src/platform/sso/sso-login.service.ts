import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import * as oidc from 'openid-client';
import { Role } from '../auth/roles';
import type { AuditLog } from '../audit/audit-log';
import { AuditOutcome } from '../audit/audit-event.entity';
import type { RequestContext } from '../graphql/context';
import type { OpenedSession, SessionPort } from '../auth/ports';
import type { OidcRelyingParty } from './oidc-relying-party';
import { SsoLogin } from './sso-login.entity';
import { SsoError } from './sso.errors';
import { SSO_CALLBACK_PATH } from './sso-paths';

/** How long the browser has to come back from the IdP. */
export const SSO_ATTEMPT_TTL_MS = 10 * 60_000;
const AUDIT_ACTION = 'auth.login.sso';

type Ctx = Pick<RequestContext, 'ip' | 'requestId'>;

export interface SsoStarted {
  /** Where to send the browser: the IdP's authorization endpoint. */
  authorizationUrl: string;
  /** The random value of the browser-binding cookie (only its hash is stored). */
  browserToken: string;
}

export type SsoFinished = { ok: true; session: OpenedSession } | { ok: false; error: SsoError };

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Lead evaluators' sign-in through the national single sign-on (seed 002 rule 1): the
 * authorization code flow with PKCE, state and nonce. The attempt lives in PostgreSQL between the
 * two legs (any replica may serve either), is single use and expires; the state is bound to the
 * browser by a cookie. A session opens only for an active user holding an active LEAD_EVALUATOR
 * role, in that role.
 */
export class SsoLoginService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionPort,
    private readonly audit: AuditLog,
    /** The relying party for a public base URL (one for Sina; one per origin for the embedded IdP). */
    private readonly relyingParty: (baseUrl: string) => OidcRelyingParty,
  ) {}

  /** Creates the attempt and the IdP URL to send the browser to. Throws SSO_UNAVAILABLE when the IdP is down. */
  async start(ctx: Ctx, baseUrl: string): Promise<SsoStarted> {
    const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    const browserToken = randomBytes(32).toString('base64url');
    const redirectUri = `${baseUrl}${SSO_CALLBACK_PATH}`;
    let authorizationUrl: URL;
    try {
      authorizationUrl = await this.relyingParty(baseUrl).authorizationUrl(redirectUri, checks);
    } catch (error) {
      const failure = error instanceof SsoError ? error : new SsoError('SSO_FAILED', 'The sign-in could not start', 'start');
      await this.audit.record(
        { principal: null, ...ctx },
        { action: AUDIT_ACTION, outcome: AuditOutcome.FAILURE, code: failure.code, details: { step: 'start', reason: failure.reason } },
      );
      throw failure;
    }
    const repo = this.dataSource.getRepository(SsoLogin);
    await repo.createQueryBuilder().delete().where('expires_at < now()').execute();
    await repo.insert({
      stateHash: sha256(checks.state),
      browserHash: sha256(browserToken),
      nonce: checks.nonce,
      codeVerifier: checks.codeVerifier,
      redirectUri,
      expiresAt: new Date(Date.now() + SSO_ATTEMPT_TTL_MS),
    });
    return { authorizationUrl: authorizationUrl.href, browserToken };
  }

  /**
   * The IdP's answer (`query`: the callback's query string) for the browser holding
   * `browserToken`: checks and uses up the state, exchanges the code, finds the lead evaluator
   * and opens his session. Every outcome is audited; no failure throws.
   */
  async finish(ctx: Ctx, query: URLSearchParams, browserToken: string | null): Promise<SsoFinished> {
    let nationalId: string | null = null;
    try {
      const attempt = await this.takeAttempt(query.get('state'), browserToken);
      const callbackUrl = new URL(attempt.redirectUri);
      for (const [name, value] of query) callbackUrl.searchParams.append(name, value);
      nationalId = await this.relyingParty(new URL(attempt.redirectUri).origin).nationalIdFrom(callbackUrl, {
        state: query.get('state')!,
        nonce: attempt.nonce,
        codeVerifier: attempt.codeVerifier,
      });
      const lead = await this.leadEvaluatorRole(nationalId);
      if (!lead) throw new SsoError('SSO_NOT_LEAD_EVALUATOR', 'No active lead evaluator has this national ID');
      const session = await this.dataSource.transaction(async (manager) => {
        const opened = await this.sessions.open(lead.userId, lead.roleAssignmentId, 'SSO', ctx.ip || null, manager);
        await this.audit.record(
          { principal: null, ...ctx },
          {
            action: AUDIT_ACTION,
            outcome: AuditOutcome.SUCCESS,
            actorUserId: lead.userId,
            actorRole: Role.LEAD_EVALUATOR,
            subjectNationalId: nationalId,
            targetType: 'session',
            targetId: opened.sessionId,
          },
          manager,
        );
        return opened;
      });
      return { ok: true, session };
    } catch (caught) {
      const error = caught instanceof SsoError ? caught : new SsoError('SSO_FAILED', 'The sign-in could not be completed', 'internal');
      await this.audit.record(
        { principal: null, ...ctx },
        {
          action: AUDIT_ACTION,
          outcome: error.code === 'SSO_NOT_LEAD_EVALUATOR' ? AuditOutcome.DENIED : AuditOutcome.FAILURE,
          code: error.code,
          subjectNationalId: nationalId,
          details: { step: 'callback', reason: error.reason },
        },
      );
      if (!(caught instanceof SsoError)) throw caught;
      return { ok: false, error };
    }
  }

  /** Deletes the attempt of this state (single use) and checks that it is alive and this browser's. */
  private async takeAttempt(
    state: string | null,
    browserToken: string | null,
  ): Promise<Pick<SsoLogin, 'nonce' | 'codeVerifier' | 'redirectUri'>> {
    const invalid = (reason: string) =>
      new SsoError('SSO_STATE_INVALID', 'The sign-in attempt is unknown, used, expired or not this browser’s', reason);
    if (!state || state.length > 200) throw invalid('state-missing');
    // TypeORM answers a DELETE … RETURNING with [rows, count].
    const [rows] = (await this.dataSource.query(
      `DELETE FROM sso_login WHERE state_hash = $1
       RETURNING browser_hash, nonce, code_verifier, redirect_uri, expires_at`,
      [sha256(state)],
    )) as [Array<{ browser_hash: Buffer; nonce: string; code_verifier: string; redirect_uri: string; expires_at: Date }>, number];
    const row = rows[0];
    if (!row) throw invalid('state-unknown');
    if (new Date(row.expires_at).getTime() <= Date.now()) throw invalid('state-expired');
    if (!browserToken || !sameHash(row.browser_hash, sha256(browserToken))) throw invalid('browser-mismatch');
    return { nonce: row.nonce, codeVerifier: row.code_verifier, redirectUri: row.redirect_uri };
  }

  /** The user's oldest active LEAD_EVALUATOR assignment, when the user is active. */
  private async leadEvaluatorRole(nationalId: string): Promise<{ userId: string; roleAssignmentId: string } | null> {
    const rows = (await this.dataSource.query(
      `SELECT u.id AS user_id, r.id AS role_assignment_id
         FROM user_account u
         JOIN role_assignment r ON r.user_id = u.id AND r.role = $2 AND r.active
        WHERE u.national_id = $1 AND u.status = 'ACTIVE'
        ORDER BY r.created_at, r.id
        LIMIT 1`,
      [nationalId, Role.LEAD_EVALUATOR],
    )) as Array<{ user_id: string; role_assignment_id: string }>;
    const row = rows[0];
    return row ? { userId: row.user_id, roleAssignmentId: row.role_assignment_id } : null;
  }
}
