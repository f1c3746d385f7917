import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { loadConfig } from '../platform/config/config';
import { createLogger } from '../platform/logging/logger';
import { startServer, type RunningServer } from '../server';
import { throughTestPooler } from './test-pooler';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
  headers: Headers;
}

/** A browser-like caller: keeps the session cookie between requests. */
export interface TestClient {
  cookie: string | null;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export interface TestApi {
  url: string;
  server: RunningServer;
  /** Every log line the API wrote, as parsed JSON. */
  logLines: Array<Record<string, unknown>>;
  /** The raw log text, to search for what must never be logged. */
  logText(): string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  /** A new caller with its own cookie jar (and its own IP, for throttling tests). */
  client(options?: { ip?: string }): TestClient;
  stop(): Promise<void>;
}

/** Starts the whole API on the run's database, on a free port, logging into memory. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  // In the PgBouncer run, through the run's PgBouncer (transaction pooling), as production would.
  const config = loadConfig(
    throughTestPooler({
      NODE_ENV: 'test',
      DATABASE_URL: inject('databaseUrl'),
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_DIST: '',
      LOG_LEVEL: 'debug',
      DATABASE_POOL_SIZE: '4',
      SHUTDOWN_GRACE_MS: '2000',
      ...env,
    }),
  );
  const server = await startServer(config, createLogger(config.logLevel, sink));
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    url: server.url,
    server,
    get logLines() {
      return chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => chunks.join(''),
    async gql<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      const response = await post(JSON.stringify({ query, variables }), headers);
      const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
      return { ...body, status: response.status, headers: response.headers };
    },
    post,
    client(options = {}) {
      const client: TestClient = {
        cookie: null,
        async gql<T>(query: string, variables?: Record<string, unknown>) {
          const headers: Record<string, string> = {};
          if (client.cookie) headers.cookie = client.cookie;
          if (options.ip) headers['x-forwarded-for'] = options.ip;
          const response = await post(JSON.stringify({ query, variables }), headers);
          for (const setCookie of response.headers.getSetCookie()) {
            const [pair] = setCookie.split(';');
            client.cookie = pair?.endsWith('=') ? null : (pair ?? null);
          }
          const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
          return { ...body, status: response.status, headers: response.headers };
        },
      };
      return client;
    },
    stop: () => server.stop(),
  };
}
