import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from '../logging/logger';
import type { RequestContext } from '../graphql/context';
import { exceedsTokenLimit } from '../graphql/armor';
import { beginRequest, clientIp, type RequestMeta } from './request-context';

export interface GraphqlEndpointOptions {
  apollo: ApolloServer<RequestContext>;
  log: Logger;
  bodyLimitBytes: number;
  trustProxyHops: number;
  context(req: IncomingMessage, res: ServerResponse, meta: RequestMeta & { ip: string }): Promise<RequestContext>;
}

type Refusal = { status: number; code: string; message: string };

const TOO_LARGE: Refusal = { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Request body is too large' };
const NOT_JSON: Refusal = { status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid JSON' };
/** The limit itself is never told (as graphql-armor's other limits). */
const TOO_MANY_TOKENS: Refusal = { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Syntax Error: Query validation error.' };

/** The operation's text, from a JSON body or a GET query string. */
function queryOf(body: unknown, search: string): unknown {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) return (body as { query?: unknown }).query;
  return search ? new URLSearchParams(search).get('query') : undefined;
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  res.statusCode = refusal.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }));
}

function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'] ?? '';
  return /^application\/(.+\+)?json\b/i.test(type);
}

/** Reads a JSON body up to `limit` bytes; a refusal instead when it is too large or not JSON. */
function readJson(req: IncomingMessage, limit: number): Promise<{ body: unknown } | Refusal> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve(TOO_LARGE);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.resume();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve({ body: text === '' ? undefined : (JSON.parse(text) as unknown) });
      } catch {
        resolve(NOT_JSON);
      }
    });
    req.on('error', reject);
  });
}

/**
 * `/graphql` served straight from node:http into Apollo, without Express's router: Express 5 in
 * front of Apollo halves its throughput (bench/RESULTS.md). Same rules as the Express routes:
 * request id and log line, body limit with coded refusals, CSRF prevention and batching off (Apollo's),
 * and the token limit (HTTP 400 before Apollo parses).
 */
export function graphqlEndpoint(options: GraphqlEndpointOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/graphql';
    const meta = beginRequest(options.log, req, res, () => '/graphql');
    const ip = clientIp(req, options.trustProxyHops);
    const handle = async () => {
      let body: unknown;
      if (req.method === 'POST' && isJson(req)) {
        const read = await readJson(req, options.bodyLimitBytes);
        if ('status' in read) return refuse(res, read);
        body = read.body;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const queryAt = url.indexOf('?');
      const search = queryAt === -1 ? '' : url.slice(queryAt);
      // Past the token limit: 400 before Apollo parses anything.
      const query = queryOf(body, search);
      if (typeof query === 'string' && exceedsTokenLimit(query)) return refuse(res, TOO_MANY_TOKENS);
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
        context: () => options.context(req, res, { ...meta, ip }),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    };
    handle().catch((error: unknown) => {
      meta.log.error({ err: error }, 'unexpected error serving /graphql');
      if (!res.headersSent) refuse(res, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
      else res.end();
    });
  };
}
