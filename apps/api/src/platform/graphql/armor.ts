import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Limits every operation must fit (graphql-armor). The limits are never told to the client
 * (`exposeLimits: false`). Depth counts introspection too: the standard introspection query is 15
 * deep, so development tools still load the schema, and a 20-deep query is refused.
 */
export const QUERY_LIMITS = {
  maxDepth: 15,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 5_000,
} as const;

export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: false, flattenFragments: true, ignoreIntrospection: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false, allowList: [] },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    // The token limit is the endpoint's (`exceedsTokenLimit`, HTTP 400) and the parser's
    // (`parseOptions.maxTokens`): graphql-armor's own throws from a plugin hook, which Apollo answers 500.
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      exposeLimits: false,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
    },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * True when `query` has more than `max` tokens (punctuators, names, values; comments are not
 * tokens). Counts with GraphQL's own lexer and stops at `max + 1`, so a huge query costs no more
 * than a small one; a query the lexer cannot read is left to the parser's syntax error.
 */
export function exceedsTokenLimit(query: string, max: number = QUERY_LIMITS.maxTokens): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF;) {
      count += 1;
      if (count > max) return true;
    }
  } catch {
    return false;
  }
  return false;
}
