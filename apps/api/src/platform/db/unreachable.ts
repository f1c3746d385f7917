/**
 * Tells the failures that mean "PostgreSQL (or its pooler) cannot be reached right now" from
 * everything else: the request was fine, the database was not there to answer it, and the same
 * request will work once it is back. Those are answered `SERVICE_UNAVAILABLE` (HTTP 503 with
 * `Retry-After`), never `INTERNAL_SERVER_ERROR`.
 */

/** Socket errors of connecting to, or talking with, the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
]);

/**
 * SQLSTATEs of a server that is not serving: class 08 (connection exception) but 08P01 (a protocol
 * violation, which PgBouncer also uses for its own refusals: those are told by their message
 * below), shutting down (57P01 admin, 57P02 crash), starting or recovering (57P03), too many
 * connections (53300).
 */
function unavailableSqlState(code: string): boolean {
  return (code.startsWith('08') && code !== '08P01') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/** node-postgres and pg-pool report a lost or never-made connection with these messages, without a code. */
const CLIENT_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'the database system is starting up',
  'the database system is shutting down',
  'the database system is in recovery mode',
];

/** PgBouncer's own refusals when it has no server to give (it sends them as 08P01 or without a known code). */
const POOLER_MESSAGES = [
  'server login has been failing',
  'pgbouncer cannot connect to server',
  'query_wait_timeout',
  'no more connections allowed',
  'server conn crashed',
  'server_login_retry',
];

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  errors?: unknown;
}

function isUnreachable(error: unknown, depth: number): boolean {
  if (depth > 6 || error === null || typeof error !== 'object') return false;
  const shape = error as ErrorShape;
  if (
    typeof shape.code === 'string' &&
    (NETWORK_CODES.has(shape.code) || (/^[0-9A-Z]{5}$/.test(shape.code) && unavailableSqlState(shape.code)))
  )
    return true;
  const message = typeof shape.message === 'string' ? shape.message : '';
  if (CLIENT_MESSAGES.some((m) => message.includes(m)) || POOLER_MESSAGES.some((m) => message.includes(m))) return true;
  // TypeORM's QueryFailedError keeps the driver's error; Node's AggregateError (a name with
  // several addresses) keeps one per address; `cause` chains the rest.
  if (Array.isArray(shape.errors) && shape.errors.some((inner) => isUnreachable(inner, depth + 1))) return true;
  return [shape.driverError, shape.cause, shape.originalError].some((inner) => inner !== error && isUnreachable(inner, depth + 1));
}

/** True when `error` (or what it wraps) says PostgreSQL or its pooler cannot be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return isUnreachable(error, 0);
}

/** Seconds a client is asked to wait (`Retry-After`) while the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;
