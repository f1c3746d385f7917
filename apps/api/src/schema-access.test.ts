import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Query, Resolver, buildSchema } from 'type-graphql';
import { authChecker, undeclaredOperations } from './platform/auth/access';
import { buildAppSchema } from './platform/graphql/schema';
import { RESOLVERS } from './composition';

@Resolver()
class UndeclaredResolver {
  @Query(() => String)
  leaky(): string {
    return 'anyone';
  }
}

describe('deny by default', () => {
  it('every Query and Mutation of the built schema declares @Public or @RequirePermission', async () => {
    const schema = await buildSchema({ resolvers: RESOLVERS as [Function, ...Function[]], authChecker });
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((t) => t !== null && t !== undefined);
    const operations = roots.flatMap((type) => Object.keys(type.getFields()));
    expect(operations.length).toBeGreaterThan(0);
    expect(undeclaredOperations(schema)).toEqual([]);
  });

  it('names an operation that declares neither, and the server refuses to build such a schema', async () => {
    const schema = await buildSchema({ resolvers: [UndeclaredResolver, ...RESOLVERS], authChecker });
    expect(undeclaredOperations(schema)).toEqual(['Query.leaky']);
    await expect(buildAppSchema(RESOLVERS)).resolves.toBeDefined();
  });
});
