import type { NextFunction, Request, Response } from 'express';
import { RETRY_AFTER_SECONDS, isDatabaseUnreachable } from '../db/unreachable';

interface HttpError {
  status?: number;
  type?: string;
}

/**
 * Coded JSON for errors of the plain HTTP routes and of requests GraphQL never saw (body too large,
 * malformed JSON); an unreachable database is 503 `SERVICE_UNAVAILABLE` with `Retry-After`.
 */
export function httpErrorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  const { status, type } = (error ?? {}) as HttpError;
  if (type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'Request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  if (type === 'entity.parse.failed' || status === 400) {
    res.status(400).json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  if (status === 404) {
    res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    return;
  }
  if (isDatabaseUnreachable(error)) {
    req.log.warn({ err: error }, 'database unreachable: answered SERVICE_UNAVAILABLE');
    res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS));
    res.json({
      errors: [
        {
          message: 'The service is unavailable for a moment; try again shortly',
          extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
        },
      ],
    });
    return;
  }
  req.log.error({ err: error }, 'unexpected HTTP error');
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
