import 'reflect-metadata';
import http from 'node:http';
import { Writable } from 'node:stream';
import { HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { Arg, Field, InputType, Query, Resolver, buildSchema } from 'type-graphql';
import { Length } from 'class-validator';
import { Public } from '../auth/access';
import { authChecker } from '../auth/access';
import { createApolloServer } from '../graphql/apollo';
import { createLogger } from '../logging/logger';
import { DomainError } from './domain-error';
import { refuseRequest } from './format-error';
import type { RequestContext } from '../graphql/context';
import { RequestLoaders } from '../graphql/request-loaders';

@InputType()
class NameInput {
  @Field()
  @Length(2, 10)
  name!: string;
}

@Resolver()
class FailingResolver {
  @Public()
  @Query(() => String)
  crash(): string {
    throw new Error('connection to 10.0.0.5 failed for 0013542419 at /srv/secret.ts:12');
  }

  @Public()
  @Query(() => String)
  refuse(): string {
    throw new DomainError('OUTSIDE_WINDOW', 'Not your window', { windowStart: '2026-01-01' });
  }

  @Public()
  @Query(() => String)
  greet(@Arg('input', () => NameInput) input: NameInput): string {
    return `hello ${input.name}`;
  }
}

async function run(query: string) {
  const lines: string[] = [];
  const log = createLogger('info', new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
  const schema = await buildSchema({ resolvers: [FailingResolver], authChecker, validate: true });
  const apollo = createApolloServer({ schema, httpServer: http.createServer(), production: true, shutdownGraceMs: 0 });
  await apollo.start();
  try {
    const contextValue: RequestContext = {
      requestId: 'req-42',
      log: log.child({ requestId: 'req-42' }),
      ip: '127.0.0.1',
      principal: null,
      session: { token: null, set: () => undefined, clear: () => undefined },
      loaders: new RequestLoaders(),
    };
    const response = await apollo.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: response.body.singleResult, logs: lines.join('') };
  } finally {
    await apollo.stop();
  }
}

describe('the error model', () => {
  it('masks an unexpected failure: no message, no stack, one code; the log has it whole with the request id, ID masked', async () => {
    const { result, logs } = await run('{ crash }');
    expect(result.errors).toEqual([{ message: 'Internal server error', path: ['crash'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(result)).not.toMatch(/10\.0\.0\.5|secret|stack/);
    expect(logs).toContain('req-42');
    expect(logs).toContain('connection to 10.0.0.5 failed');
    expect(logs).toContain('001****419');
    expect(logs).not.toContain('0013542419');
  });

  it('passes a domain error with its code and details', async () => {
    const { result } = await run('{ refuse }');
    expect(result.errors?.[0]).toMatchObject({
      message: 'Not your window',
      extensions: { code: 'OUTSIDE_WINDOW', windowStart: '2026-01-01' },
    });
  });

  it('turns validation errors into BAD_USER_INPUT with field paths', async () => {
    const { result } = await run('{ greet(input: { name: "x" }) }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'name', constraints: ['isLength'] }] });
  });

  it('hides schema details from errors in production', async () => {
    const { result } = await run('{ crsh }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('answers a refusal raised while the context is built with its status and code, and no data', async () => {
    const schema = await buildSchema({ resolvers: [FailingResolver], authChecker, validate: true });
    const apollo = createApolloServer({ schema, httpServer: http.createServer(), production: true, shutdownGraceMs: 0 });
    await apollo.start();
    try {
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { query: '{ greet(input: { name: "ab" }) }' },
        },
        context: () => Promise.reject(refuseRequest(new DomainError('API_CLIENT_INACTIVE', 'This API client is deactivated'), 403)),
      });
      expect(response.status).toBe(403);
      if (response.body.kind !== 'complete') throw new Error('expected a complete body');
      expect(JSON.parse(response.body.string)).toEqual({
        errors: [{ message: 'This API client is deactivated', extensions: { code: 'API_CLIENT_INACTIVE' } }],
      });
    } finally {
      await apollo.stop();
    }
  });
});
