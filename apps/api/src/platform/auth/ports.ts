import type { EntityManager } from 'typeorm';
import type { ClientPrincipal, UserPrincipal } from './principal';

/** A session just opened: the cookie carries `token`; only its hash is stored. */
export interface OpenedSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

/**
 * What platform code (the GraphQL context, file downloads, single sign-on) needs of sessions. The
 * accounts context implements it and provides it under `SESSIONS`.
 */
export interface SessionPort {
  /** The signed-in principal of a session cookie's token, or null when it opens nothing. */
  principalOf(token: string): Promise<UserPrincipal | null>;
  /** Opens a session for a person acting in one role assignment (`method`: how he signed in). */
  open(userId: string, roleAssignmentId: string, method: string, ip: string | null, manager?: EntityManager): Promise<OpenedSession>;
  /** Ends the session of a cookie's token, if it is alive (a sign-in replaces the browser's old session). */
  endByToken(token: string): Promise<void>;
}

/**
 * What the platform needs of other systems' API keys (`Authorization: Bearer`). The api-clients
 * context implements it. A key that opens nothing throws a `RequestRefusal`.
 */
export interface BearerAuthenticator {
  principalOf(key: string, ip: string): Promise<ClientPrincipal>;
  /**
   * Takes up to `units` lookups of the client's daily quota at once, atomically among concurrent
   * requests and replicas; answers how many it got (0 when the quota is used up).
   */
  takeQuota(client: ClientPrincipal, units: number): Promise<number>;
}

/** Checks (and uses up) a captcha; throws CAPTCHA_INVALID when the answer is wrong. */
export interface CaptchaVerifier {
  verify(id: string, answer: string): Promise<void>;
}
