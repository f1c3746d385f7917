import autocannon from 'autocannon';

/** One HTTP request to repeat under load: a POST of a JSON body. */
export interface LoadTarget {
  url: string;
  body: string;
  /** Several bodies to cycle through (e.g. many households), instead of repeating `body`. */
  bodies?: string[];
  headers?: Record<string, string>;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
}

/** What one load run measured. Latencies in milliseconds. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  totalRequests: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Throws unless the URL points at this machine: the harness never sends traffic elsewhere. */
export function assertLoopback(url: string): void {
  const { hostname } = new URL(url);
  if (!LOOPBACK.has(hostname)) throw new Error(`bench traffic goes to 127.0.0.1 only, not to ${hostname}`);
}

/** The JSON body of a GraphQL request. */
export function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify(variables ? { query, variables } : { query });
}

/**
 * Sends the target's request once and returns the parsed JSON answer; throws on a non-2xx status,
 * a body that is not JSON, or GraphQL `errors`. Used before loading, so a benchmark never measures
 * error answers by mistake.
 */
export async function requestOnce(target: LoadTarget): Promise<unknown> {
  assertLoopback(target.url);
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target.url} answered HTTP ${response.status}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${target.url} did not answer JSON`);
  }
  if (typeof json === 'object' && json !== null && 'errors' in json) {
    const codes = JSON.stringify((json as { errors: unknown }).errors, ['message', 'extensions', 'code']);
    throw new Error(`${target.url} answered GraphQL errors: ${codes.slice(0, 500)}`);
  }
  return json;
}

/**
 * Runs autocannon against the target for `seconds` with `connections` connections. The load is
 * generated in a worker thread so it does not share the servers' event loop.
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  assertLoopback(target.url);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    ...(target.bodies ? { requests: target.bodies.map((body) => ({ method: 'POST' as const, body })) } : {}),
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    workers: 1,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.average,
    totalRequests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
