import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, buildSchema, type ContainerType } from 'type-graphql';
import { defaultFieldResolver, graphql, type GraphQLObjectType } from 'graphql';
import { directFieldResolvers } from './direct-resolvers';

@ObjectType('DirectItem')
class DirectItem {
  @Field()
  name!: string;

  @Field({ name: 'renamed' })
  inner!: string;
}

/** A view class with a method: its roots must still be converted into instances. */
@ObjectType('DirectRich')
class DirectRich {
  @Field()
  name!: string;

  shout(): string {
    return this.name.toUpperCase();
  }
}

@Resolver(() => DirectItem)
class DirectItemResolver {
  readonly seen: unknown[] = [];

  @Query(() => [DirectItem])
  items(): DirectItem[] {
    return [
      { name: 'a', inner: 'x' },
      { name: 'b', inner: 'y' },
    ];
  }

  @FieldResolver(() => String)
  label(@Root() item: DirectItem, @Ctx() ctx: { prefix: string }): string {
    this.seen.push(item);
    return `${ctx.prefix}${item.name}`;
  }

  @FieldResolver(() => String)
  echoed(@Root() item: DirectItem, @Arg('suffix') suffix: string): string {
    return item.name + suffix;
  }
}

@Resolver(() => DirectRich)
class DirectRichResolver {
  @Query(() => DirectRich)
  rich(): DirectRich {
    return { name: 'r' } as DirectRich;
  }

  @FieldResolver(() => String)
  loud(@Root() rich: DirectRich): string {
    return rich.shout();
  }
}

describe('directFieldResolvers', () => {
  it('answers exactly as type-graphql does, calling plain field resolvers directly with the raw row', async () => {
    const items = new DirectItemResolver();
    const instances = new Map<Function, unknown>([
      [DirectItemResolver, items],
      [DirectRichResolver, new DirectRichResolver()],
    ]);
    const container: ContainerType = { get: (someClass) => instances.get(someClass as Function) };
    const resolvers = [DirectItemResolver, DirectRichResolver] as const;
    const query = '{ items { name renamed label echoed(suffix: "!") } rich { name loud } }';

    const generic = await graphql({ schema: await buildSchema({ resolvers, container }), source: query, contextValue: { prefix: '#' } });
    const schema = directFieldResolvers(await buildSchema({ resolvers, container }), resolvers, container);
    const direct = await graphql({ schema, source: query, contextValue: { prefix: '#' } });

    expect(direct).toEqual(generic);
    expect(direct.data).toEqual({
      items: [
        { name: 'a', renamed: 'x', label: '#a', echoed: 'a!' },
        { name: 'b', renamed: 'y', label: '#b', echoed: 'b!' },
      ],
      rich: { name: 'r', loud: 'R' },
    });
    const fields = (schema.getType('DirectItem') as GraphQLObjectType).getFields();
    // A plain field reads its property with graphql-js's default resolver; a renamed one keeps type-graphql's.
    expect(fields.name!.resolve ?? defaultFieldResolver).toBe(defaultFieldResolver);
    expect(fields.renamed!.resolve).toBeTypeOf('function');
    // The direct path hands the row itself to the resolver, not a copy into a new DirectItem.
    expect(items.seen.at(-1)).not.toBeInstanceOf(DirectItem);
    expect(items.seen.at(-1)).toEqual({ name: 'b', inner: 'y' });
  });
});
