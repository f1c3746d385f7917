import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logging/logger';

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface RequestMeta {
  id: string;
  log: Logger;
}

/**
 * Gives a request an id (the caller's `X-Request-Id` when well-formed), echoes it, and returns a
 * child logger that writes it on every line; one line is logged when the response is finished.
 */
export function beginRequest(log: Logger, req: IncomingMessage, res: ServerResponse, path: () => string): RequestMeta {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  const child = log.child({ requestId: id });
  res.setHeader('X-Request-Id', id);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const line = { method: req.method, path: path(), status: res.statusCode, ms: Math.round(ms * 10) / 10 };
    if (res.statusCode >= 500) child.error(line, 'request failed');
    else child.info(line, 'request completed');
  });
  return { id, log: child };
}

/**
 * The caller's address: the socket's, or with `trustProxyHops` proxies in front, the address the
 * outermost trusted proxy saw (counted from the right of X-Forwarded-For), as Express does.
 */
export function clientIp(req: IncomingMessage, trustProxyHops: number): string {
  const socketIp = req.socket.remoteAddress ?? '';
  if (trustProxyHops === 0) return socketIp;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketIp];
  return chain[Math.max(0, chain.length - 1 - trustProxyHops)] ?? socketIp;
}
