import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { QUERY_LIMITS } from './armor';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const FIELDS = 'normalized valid';

/** A query `depth` levels deep, through the introspection types every schema has. */
function nested(depth: number): string {
  let selection = 'name';
  for (let i = 0; i < depth - 4; i += 1) selection = `ofType { ${selection} }`;
  return `{ __schema { types { fields { type { ${selection} } } } } }`;
}

describe('query limits', () => {
  it('refuses a query nested 20 deep with a coded error and no limit disclosed', async () => {
    const response = await api.gql(nested(20));
    expect(response.data ?? null).toBeNull();
    const codes = response.errors?.map((e) => e.extensions?.code);
    expect(codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.errors)).not.toContain(String(QUERY_LIMITS.maxDepth));
  });

  it('refuses 100 aliases with a coded error', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: nationalIdInfo(nationalId: "0013542419") { ${FIELDS} }`).join('\n');
    const response = await api.gql(`{ ${aliases} }`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.errors)).not.toMatch(/\b15\b|\b100\b/);
  });

  it('accepts the standard introspection query outside production', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await api.gql(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
  });

  it('accepts a query within the limits', async () => {
    const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: nationalIdInfo(nationalId: "0013542419") { ${FIELDS} }`).join('\n');
    const response = await api.gql<Record<string, { valid: boolean }>>(`{ ${aliases} }`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.a4?.valid).toBe(true);
  });

  it('refuses a query of too many tokens with HTTP 400, the limit untold, by POST and by GET', async () => {
    const over = `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const response = await api.gql(over);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.errors)).not.toContain(String(QUERY_LIMITS.maxTokens));
    // (short tokens: the whole query fits in a URL)
    const byGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent(`{ ${'a '.repeat(QUERY_LIMITS.maxTokens)} }`)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(byGet.status).toBe(400);
  });

  it('refuses batched HTTP requests', async () => {
    const one = { query: '{ nationalIdInfo(nationalId: "0013542419") { valid } }' };
    const response = await api.post(JSON.stringify([one, one]));
    expect(response.status).toBe(400);
  });

  it('refuses a body over the limit with a coded error', async () => {
    const response = await api.post(JSON.stringify({ query: `{ nationalIdInfo(nationalId: "${'1'.repeat(2_000_000)}") { valid } }` }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('refuses malformed JSON with a coded error', async () => {
    const response = await api.post('{"query": ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('does not suggest field names', async () => {
    const response = await api.gql('{ nationalIdInf(nationalId: "1") { valid } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
