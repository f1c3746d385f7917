import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { startTestApi, type GraphQLResponse, type TestApi, type TestClient } from './test-support/test-api';
import { createTree, createUser, signIn, type Tree } from './test-support/accounts-fixtures';
import { accessRuleOf } from './platform/auth/access';
import { Permission } from './platform/auth/permissions';
import { ROLE_PERMISSIONS } from './platform/auth/role-permissions';
import type { Role } from './platform/auth/roles';
import { buildAppSchema } from './platform/graphql/schema';
import { RESOLVERS } from './composition';

/**
 * Every `ID` the API takes is a UUID: an `ID` argument (or an `ID` field of an input, at any depth)
 * that is not one is BAD_USER_INPUT, never INTERNAL_SERVER_ERROR (a database cast error). The
 * operations are read from the built schema, so a new one is covered without anyone listing it;
 * each is called by a caller its access rule lets in, with "abc" in one ID and plausible values
 * everywhere else.
 */

const NOT_A_UUID = 'abc';
/** Permissions only API clients hold, with the scope that grants each. */
const CLIENT_SCOPES: Partial<Record<Permission, string>> = {
  [Permission.HOUSEHOLD_CHANGES]: 'household:changes',
  [Permission.HOUSEHOLD_READ]: 'household:read',
  [Permission.SUBSIDY_REQUEST]: 'subsidy:request',
};

interface Case {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** Where "abc" goes, e.g. `id` or `input.officeId`. */
  target: string;
  variables: Record<string, unknown>;
}

/** A plausible value of `type` (required input fields only): GraphQL's coercion takes it. */
function valueOf(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [valueOf(inner.ofType as GraphQLInputType)];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields()))
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = valueOf(field.type);
    return value;
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return new Date().toISOString();
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  }
  throw new Error(`no value for ${String(type)}`);
}
/** The paths of every ID-typed input under `type`, e.g. [] for the argument itself, ['officeId'] below an input. */
function idPaths(type: GraphQLInputType, seen = new Set<string>()): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'ID' ? [[]] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const next = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((field) => idPaths(field.type, next).map((rest) => [field.name, ...rest]));
}

function casesOf(schema: GraphQLSchema): Case[] {
  const cases: Case[] = [];
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) {
        for (const path of idPaths(arg.type)) {
          const variables: Record<string, unknown> = {};
          for (const other of field.args) {
            if (other === arg) variables[arg.name] = valueOfPath(arg, path);
            else if (isNonNullType(other.type) && other.defaultValue === undefined) variables[other.name] = valueOf(other.type);
          }
          cases.push({ operation, field, target: [arg.name, ...path].join('.'), variables });
        }
      }
    }
  }
  return cases;
}

/** The argument's value with "abc" at `path` (an ID field of an input, at any depth). */
function valueOfPath(arg: GraphQLArgument, path: string[]): unknown {
  const setAbc = (type: GraphQLInputType, rest: string[]): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return [setAbc(inner.ofType as GraphQLInputType, rest)];
    if (rest.length === 0) return NOT_A_UUID;
    if (!isInputObjectType(inner)) throw new Error(`${arg.name}: ${rest.join('.')} is not below an input`);
    const value = valueOf(inner) as Record<string, unknown>;
    value[rest[0]!] = setAbc(inner.getFields()[rest[0]!]!.type, rest.slice(1));
    return value;
  };
  return setAbc(arg.type, path);
}

function document(c: Case): string {
  const declared = c.field.args.filter((a) => a.name in c.variables);
  const header = declared.length ? `(${declared.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const args = declared.length ? `(${declared.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(c.field.type)) ? ' { __typename }' : '';
  return `${c.operation}${header} { ${c.field.name}${args}${selection} }`;
}

let api: TestApi;
let db: DataSource;
let tree: Tree;
let schema: GraphQLSchema;
const sessions = new Map<string, TestClient>();
let anonymous = 0;

beforeAll(async () => {
  api = await startTestApi({ TRUST_PROXY_HOPS: '1' });
  db = api.server.database.dataSource;
  tree = await createTree(db);
  schema = await buildAppSchema(RESOLVERS);
});
afterAll(async () => {
  await api.stop();
});

/** A caller the field's access rule lets in: anonymous, a user in a role with the permission, or an API client with its scope. */
async function callerFor(
  field: GraphQLField<unknown, unknown>,
): Promise<(query: string, variables: Record<string, unknown>) => Promise<GraphQLResponse>> {
  const rule = accessRuleOf(field.extensions);
  if (!rule || 'public' in rule) {
    anonymous += 1;
    const client = api.client({ ip: `10.240.${Math.floor(anonymous / 250)}.${anonymous % 250}` });
    return (query, variables) => client.gql(query, variables);
  }
  const role = (Object.entries(ROLE_PERMISSIONS) as Array<[Role, readonly Permission[]]>).find(([, permissions]) =>
    permissions.includes(rule.permission),
  )?.[0];
  if (role) {
    let session = sessions.get(role);
    if (!session) {
      session = await signIn(api, await createUser(db, [[role, tree.hq]]));
      sessions.set(role, session);
    }
    const signedIn = session;
    return (query, variables) => signedIn.gql(query, variables);
  }
  const scope = CLIENT_SCOPES[rule.permission];
  if (!scope) throw new Error(`nobody holds ${rule.permission}`);
  let key = sessions.get(`client:${scope}`)?.cookie;
  if (!key) {
    const admin = await callerFor(schema.getMutationType()!.getFields().createApiClient!);
    const created = await admin('mutation($input: ApiClientInput!) { createApiClient(input: $input) { key } }', {
      input: { name: `سامانه شناسه‌ها ${scope}`, scopes: [scope], dailyQuota: 100_000 },
    });
    key = (created.data as { createApiClient: { key: string } }).createApiClient.key;
    sessions.set(`client:${scope}`, { cookie: key, gql: () => Promise.reject(new Error('unused')) });
  }
  const bearer = key;
  return (query, variables) => api.gql(query, variables, { authorization: `Bearer ${bearer}` });
}

describe('ID arguments', () => {
  it('answer BAD_USER_INPUT, never an internal error, to an ID that is not a UUID, in every operation of the schema', async () => {
    const cases = casesOf(schema);
    expect(cases.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const c of cases) {
      const call = await callerFor(c.field);
      const response = await call(document(c), c.variables);
      const codes = (response.errors ?? []).map((e) => e.extensions?.code);
      if (codes[0] !== 'BAD_USER_INPUT' || codes.includes('INTERNAL_SERVER_ERROR'))
        wrong.push(`${c.operation} ${c.field.name}(${c.target}): ${codes.join(', ') || 'answered'}`);
    }
    expect(wrong).toEqual([]);
  });
});
