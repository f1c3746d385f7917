import { ApolloArmor } from '@escape.tech/graphql-armor';

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
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: false, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
