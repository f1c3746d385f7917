import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { formatError, isExpectedError } from '../errors/format-error';
import { QUERY_LIMITS, queryLimits } from './armor';
import type { RequestContext } from './context';

/** Writes every error the error model does not know, whole, with the request id. */
const logUnexpectedErrors: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          if (!isExpectedError(error)) {
            contextValue.log.error(
              { err: error.originalError ?? error, path: error.path, operationName },
              'unexpected error in a GraphQL operation',
            );
          }
        }
      },
    };
  },
};

/**
 * No GraphQL answer is cacheable (they depend on the caller). Apollo's default cache-control plugin
 * would say so too, but it wraps every field of every request to collect cache hints no type gives:
 * on a nested page that is most of the execution time. It is disabled and this one header kept.
 */
const uncacheableAnswers: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export function createApolloServer(options: {
  schema: GraphQLSchema;
  httpServer: Server;
  production: boolean;
  shutdownGraceMs: number;
  plugins?: ApolloServerPlugin<RequestContext>[];
}) {
  const armor = queryLimits();
  return new ApolloServer<RequestContext>({
    schema: options.schema,
    formatError,
    validationRules: armor.validationRules,
    // A second guard behind the endpoint's token limit: the parser stops past it.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    // Signals are handled by the server's own shutdown, which drains requests first.
    stopOnTerminationSignals: false,
    plugins: [
      ...armor.plugins,
      logUnexpectedErrors,
      ApolloServerPluginCacheControlDisabled(),
      uncacheableAnswers,
      ...(options.plugins ?? []),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer, stopGracePeriodMillis: options.shutdownGraceMs }),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
