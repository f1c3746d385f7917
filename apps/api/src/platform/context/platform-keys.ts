import type { BearerAuthenticator, CaptchaVerifier, SessionPort } from '../auth/ports';
import { ServiceKey } from './service-registry';

/** Sessions (accounts context): the GraphQL context, file downloads and single sign-on use them. */
export const SESSIONS = new ServiceKey<SessionPort>('sessions');
/** Other systems' API keys (api-clients context): the GraphQL context and plain routes use them. */
export const BEARER_AUTH = new ServiceKey<BearerAuthenticator>('bearer-auth');
/** Captcha checks (accounts context): every public operation that asks for a captcha. */
export const CAPTCHA = new ServiceKey<CaptchaVerifier>('captcha');
