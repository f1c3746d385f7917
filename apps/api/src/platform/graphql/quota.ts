import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { BearerAuthenticator } from '../auth/ports';
import { DomainError } from '../errors/domain-error';
import type { RequestContext } from './context';

/** The root fields of this request that an API client's daily quota covers, by response key. */
export interface QuotaGrant {
  granted: ReadonlySet<string>;
}

export class QuotaExceededError extends DomainError {
  constructor() {
    super('QUOTA_EXCEEDED', 'The daily quota of this client is used up');
  }
}

/**
 * The response keys (alias, else name) of the root fields an operation runs, in document order:
 * fragments followed, `@skip`/`@include` applied, a key named twice counted once (GraphQL runs it
 * once), and meta fields (`__typename`, introspection) left out — they look nothing up.
 */
export function rootFieldKeys(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): string[] {
  const keys = new Set<string>();
  const visited = new Set<string>();
  const included = (node: Parameters<typeof getDirectiveValues>[1]) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === 'Field') {
        if (!selection.name.value.startsWith('__')) keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === 'InlineFragment') {
        walk(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...keys];
}

/**
 * An API client's daily quota counts lookups, not requests: once the operation is known (after
 * validation and the query limits), every root field it runs takes one unit, all of them in one
 * atomic step shared by every replica. The fields that fit run, in document order; the rest answer
 * QUOTA_EXCEEDED (see `guardRootFieldsByQuota`). Signed-in people and anonymous callers have no quota.
 */
export function quotaPlugin(bearer: Pick<BearerAuthenticator, 'takeQuota'>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request }) {
          const principal = contextValue.principal;
          if (principal?.kind !== 'client' || !operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions)
            if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
          const keys = rootFieldKeys(operation, fragments, request.variables ?? {});
          const granted = keys.length === 0 ? 0 : await bearer.takeQuota(principal, keys.length);
          contextValue.quota = { granted: new Set(keys.slice(0, granted)) };
        },
      };
    },
  };
}

/**
 * Makes every root field of the schema refuse an API client whose quota did not cover it
 * (QUOTA_EXCEEDED, that field alone: the others of the request still answer). Only root fields are
 * wrapped, so nested fields cost nothing. A client's request that no quota step saw is refused too.
 */
export function guardRootFieldsByQuota(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) => {
        if (context.principal?.kind === 'client' && !context.quota?.granted.has(String(info.path.key))) throw new QuotaExceededError();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
