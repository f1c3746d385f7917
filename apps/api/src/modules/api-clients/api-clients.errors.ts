import { RequestRefusal } from '../../platform/errors/request-refusal';

/**
 * A Bearer key that opens nothing: the whole request is refused, on `/graphql` and on the plain
 * routes alike, with `httpStatus` and no data (not even public operations are answered).
 */
export abstract class ApiKeyRefusal extends RequestRefusal {}

/** Unknown, malformed or replaced key, or an address not on the client's allowlist: one answer for all. */
export class ApiKeyInvalidError extends ApiKeyRefusal {
  readonly httpStatus = 401;
  constructor() {
    super('UNAUTHENTICATED', 'The API key is not valid');
  }
}

/** The key is the client's, but an administrator has deactivated the client. */
export class ApiClientInactiveError extends ApiKeyRefusal {
  readonly httpStatus = 403;
  constructor() {
    super('API_CLIENT_INACTIVE', 'This API client is deactivated');
  }
}
