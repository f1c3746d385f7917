import 'reflect-metadata';
import http from 'node:http';
import { Writable } from 'node:stream';
import { HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { Query, Resolver, buildSchema } from 'type-graphql';
import { Public, authChecker } from '../auth/access';
import { createApolloServer } from '../graphql/apollo';
import type { RequestContext } from '../graphql/context';
import { RequestLoaders } from '../graphql/request-loaders';
import { createLogger } from '../logging/logger';
import { serviceUnavailablePlugin, unavailableRefusal } from './service-unavailable';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });

@Resolver()
class OutageResolver {
  @Public()
  @Query(() => String)
  lookup(): string {
    throw refused();
  }

  @Public()
  @Query(() => String)
  crash(): string {
    throw new Error('a bug');
  }
}

async function post(query: string, context: () => Promise<RequestContext>) {
  const schema = await buildSchema({ resolvers: [OutageResolver], authChecker, validate: true });
  const apollo = createApolloServer({
    schema,
    httpServer: http.createServer(),
    production: true,
    shutdownGraceMs: 0,
    plugins: [serviceUnavailablePlugin],
  });
  await apollo.start();
  try {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
      context,
    });
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: JSON.parse(response.body.string) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> },
    };
  } finally {
    await apollo.stop();
  }
}

const lines: string[] = [];
const log = createLogger('info', new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
const context = async (): Promise<RequestContext> => ({
  requestId: 'req-7',
  log,
  ip: '127.0.0.1',
  principal: null,
  session: { token: null, set: () => undefined, clear: () => undefined },
  loaders: new RequestLoaders(),
});

describe('an unreachable database', () => {
  it('answers SERVICE_UNAVAILABLE with HTTP 503 and Retry-After when a resolver meets it, telling nothing of the server', async () => {
    const { status, retryAfter, body } = await post('{ lookup }', context);
    expect(status).toBe(503);
    expect(retryAfter).toBe('5');
    expect(body.errors).toEqual([
      {
        message: 'The service is unavailable for a moment; try again shortly',
        path: ['lookup'],
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
      },
    ]);
    expect(JSON.stringify(body)).not.toContain('10.0.0.5');
    expect(lines.join('')).toContain('database unreachable: answered SERVICE_UNAVAILABLE');
  });

  it('answers the same when the context (the session or API key lookup) meets it', async () => {
    const { status, retryAfter, body } = await post('{ crash }', () => Promise.reject(unavailableRefusal(refused())));
    expect(status).toBe(503);
    expect(retryAfter).toBe('5');
    expect(body.errors).toEqual([
      {
        message: 'The service is unavailable for a moment; try again shortly',
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
      },
    ]);
  });

  it('leaves every other failure as it was: a bug is still INTERNAL_SERVER_ERROR with 200', async () => {
    const { status, retryAfter, body } = await post('{ crash }', context);
    expect(status ?? 200).toBe(200);
    expect(retryAfter).toBeUndefined();
    expect(body.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const bug = new Error('a bug');
    expect(unavailableRefusal(bug)).toBe(bug);
  });
});
