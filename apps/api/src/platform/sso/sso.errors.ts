import { DomainError } from '../errors/domain-error';

/**
 * Why a single sign-on ended without a session; the code reaches the admin as
 * `/login?sso_error=<code>` and the audit log as the event's code.
 */
export type SsoErrorCode =
  /** Single sign-on is switched off (`SSO_PROVIDER=off`). */
  | 'SSO_DISABLED'
  /** The state is unknown, used, expired, or not this browser's. */
  | 'SSO_STATE_INVALID'
  /** The person signed in at the IdP but holds no active lead-evaluator role here. */
  | 'SSO_NOT_LEAD_EVALUATOR'
  /** The person cancelled at the IdP (`access_denied`). */
  | 'SSO_CANCELLED'
  /** The IdP did not answer in time, could not be reached, or failed (5xx). */
  | 'SSO_UNAVAILABLE'
  /** Anything else: a refused code, a bad ID token, no usable national ID claim… */
  | 'SSO_FAILED';

export class SsoError extends DomainError {
  constructor(
    override readonly code: SsoErrorCode,
    message: string,
    /** A short reason for the audit log and the logs; never a token, code or national ID. */
    readonly reason: string = code,
  ) {
    super(code, message);
  }
}
