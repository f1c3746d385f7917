import type { Logger } from '../logging/logger';
import type { Principal } from '../auth/principal';
import type { RequestLoaders } from './request-loaders';
import type { QuotaGrant } from './quota';

/** The session cookie of the request: read the token, set it after sign-in, clear it on sign-out. */
export interface SessionCookie {
  token: string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver gets for one request. Request-scoped loaders hang off it too. */
export interface RequestContext {
  requestId: string;
  /** The request's logger: every line carries the request id. */
  log: Logger;
  /** The caller's address as the API sees it (after trusted proxies). */
  ip: string;
  /** The signed-in user or calling system; null for anonymous calls. */
  principal: Principal | null;
  session: SessionCookie;
  loaders: RequestLoaders;
  /** An API client's request: the root fields its daily quota covers (set once the operation is known). */
  quota?: QuotaGrant;
}
