import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { authChecker, undeclaredOperations } from '../auth/access';
import { guardRootFieldsByQuota } from './quota';
import { directFieldResolvers } from './direct-resolvers';

/**
 * Builds the GraphQL schema from resolver classes alone: no database, no server (`composition.ts`
 * lists every context's). The container gives the resolver instances at run time; emitting the
 * schema needs none. Refuses a schema with an operation that declares no access rule. Nested fields run
 * without type-graphql's per-field wrapper where it adds nothing. Root fields
 * refuse an API client whose daily quota did not cover them (`quota.ts`).
 */
export async function buildAppSchema(resolvers: readonly Function[], container?: ContainerType): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: resolvers as NonEmptyArray<Function>,
    ...(container ? { container } : {}),
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: true, stopAtFirstError: false },
  });
  const undeclared = undeclaredOperations(schema);
  if (undeclared.length > 0) {
    throw new Error(`Operations without an access rule (add @Public or @RequirePermission): ${undeclared.join(', ')}`);
  }
  // Nested fields skip type-graphql's per-field wrapper where it adds nothing (`direct-resolvers.ts`).
  if (container) directFieldResolvers(schema, resolvers, container);
  return guardRootFieldsByQuota(schema);
}
