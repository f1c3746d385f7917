import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RETRY_AFTER_SECONDS, isDatabaseUnreachable } from '../db/unreachable';
import type { RequestContext } from '../graphql/context';
import { DomainError } from './domain-error';

export { isDatabaseUnreachable, RETRY_AFTER_SECONDS };

/** The database (or its pooler) cannot be reached: the same request will work once it is back. */
export class ServiceUnavailableError extends DomainError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'The service is unavailable for a moment; try again shortly', { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
}

/** The HTTP side of an outage: status 503 and how long to wait. */
export function unavailableHttp(): { status: number; headers: HeaderMap } {
  return { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
}

/**
 * What to throw outside a resolver (the request's context function: the session or API key lookup;
 * a plugin's hook) when the database cannot be reached: Apollo then answers 503 with `Retry-After`
 * and one `SERVICE_UNAVAILABLE` error. Any other failure is returned as it was.
 */
export function unavailableRefusal(error: unknown): unknown {
  if (!isDatabaseUnreachable(error)) return error;
  const refusal = new ServiceUnavailableError();
  return new GraphQLError(refusal.message, { originalError: refusal, extensions: { code: refusal.code, http: unavailableHttp() } });
}

/**
 * An answer with a `SERVICE_UNAVAILABLE` error (a resolver met an unreachable database; the error
 * formatter gave it that code) goes out as HTTP 503 with `Retry-After`, so that load balancers,
 * clients and monitors see an outage and not a bug. One warning per such request.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue, errors }) {
        if (response.body.kind !== 'single') return;
        if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        const http = unavailableHttp();
        response.http.status = http.status;
        for (const [name, value] of http.headers) response.http.headers.set(name, value);
        const cause = errors?.find((error) => isDatabaseUnreachable(error.originalError ?? error));
        contextValue.log?.warn({ err: cause?.originalError ?? cause }, 'database unreachable: answered SERVICE_UNAVAILABLE');
      },
    };
  },
};
