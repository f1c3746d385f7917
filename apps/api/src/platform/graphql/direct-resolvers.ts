import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type ContainerType, type ResolverData } from 'type-graphql';

type Getter = (root: unknown, args: unknown, context: unknown, info: unknown) => unknown;

/**
 * True when type-graphql's conversion of a root into `type` (a new instance, then every property of
 * the root copied onto it) gives nothing a plain read of the root would not: a class with no
 * methods, getters or base class of its own, or no class at all (a scalar, a plain object).
 */
function plainData(type: unknown): boolean {
  if (typeof type !== 'function') return true;
  if (type === Object || type === String || type === Number || type === Boolean) return true;
  const prototype = (type as { prototype?: object }).prototype;
  if (!prototype || Object.getPrototypeOf(prototype) !== Object.prototype) return false;
  return Object.getOwnPropertyNames(prototype).every((name) => name === 'constructor');
}

/**
 * Runs the fields of object types without type-graphql's generic wrapper where that wrapper does
 * nothing but cost: per field and per row it allocates a resolver-data object, sorts the
 * parameters, and copies the parent row into a fresh instance of its view class. The schema (types,
 * arguments, descriptions, extensions) is unchanged; only `resolve` is replaced, and only where the
 * outcome is the same:
 *
 * - a plain field (no `@FieldResolver`, no `@Authorized`, no middleware, schema name = property name)
 *   reads the property with graphql-js's default resolver;
 * - a `@FieldResolver` of a resolver class with no roles and no middleware, whose parameters are only
 *   `@Root()` (of a plain data class, see `plainData`), `@Ctx()` and `@Info()`, is called directly on
 *   the container's instance. Any argument (validated by type-graphql) keeps the generic path.
 *
 * Root fields (queries, mutations) are never touched: access rules and argument validation run there.
 * There are no global middlewares in this schema; with any, nothing is replaced.
 */
export function directFieldResolvers(schema: GraphQLSchema, resolvers: readonly Function[], container: ContainerType): GraphQLSchema {
  const storage = getMetadataStorage();
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const resolverClasses = new Set(resolvers);
  for (const objectType of storage.objectTypes) {
    if (roots.has(objectType.name)) continue;
    const graphqlType = schema.getType(objectType.name);
    if (!isObjectType(graphqlType) || objectType.interfaceClasses?.length) continue;
    const fields = graphqlType.getFields();
    for (const field of objectType.fields ?? []) {
      const target = fields[field.schemaName];
      if (!target) continue;
      const fieldResolver = storage.fieldResolvers.find(
        (it) =>
          (it.kind === 'internal' || resolverClasses.has(it.target)) &&
          it.getObjectType?.() === field.target &&
          it.methodName === field.name,
      );
      if (!fieldResolver) {
        if (!field.roles?.length && !field.middlewares?.length && field.name === field.schemaName && !field.params?.length)
          target.resolve = undefined;
        continue;
      }
      const direct = fieldResolver.kind === 'external' ? directHandler(fieldResolver, container) : null;
      if (direct) target.resolve = direct;
    }
  }
  return schema;
}

function directHandler(
  metadata: {
    target: Function;
    methodName: string;
    params?: Array<{ kind: string; index: number; propertyName?: string; getType?: () => unknown }>;
    roles?: unknown[];
    middlewares?: unknown[];
  },
  container: ContainerType,
): GraphQLFieldResolver<unknown, unknown> | null {
  if (metadata.roles?.length || metadata.middlewares?.length) return null;
  const getters: Getter[] = [];
  for (const param of [...(metadata.params ?? [])].sort((a, b) => a.index - b.index)) {
    const key = param.propertyName;
    if (param.kind === 'context')
      getters.push(key ? (_r, _a, context) => (context as Record<string, unknown>)[key] : (_r, _a, context) => context);
    else if (param.kind === 'info') getters.push((_r, _a, _c, info) => info);
    else if (param.kind === 'root' && plainData(param.getType?.()))
      getters.push(key ? (root) => (root as Record<string, unknown>)[key] : (root) => root);
    else return null;
  }
  const { target, methodName } = metadata;
  const call = (instance: unknown, root: unknown, args: unknown, context: unknown, info: unknown) => {
    const values = new Array<unknown>(getters.length);
    for (let i = 0; i < getters.length; i += 1) values[i] = getters[i]!(root, args, context, info);
    return (instance as Record<string, (...params: unknown[]) => unknown>)[methodName]!(...values);
  };
  return (root, args, context, info) => {
    const instance: unknown = container.get(target, { root, args, context, info } as ResolverData);
    if (instance instanceof Promise) return instance.then((resolved) => call(resolved, root, args, context, info));
    return call(instance, root, args, context, info);
  };
}
