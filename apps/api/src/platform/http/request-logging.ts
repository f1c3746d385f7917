import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logging/logger';
import { beginRequest } from './request-context';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    log: Logger;
  }
}

/** Express middleware: a request id and a request logger for every route but `/graphql`. */
export function requestLogging(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const meta = beginRequest(log, req, res, () => req.baseUrl + req.path);
    req.id = meta.id;
    req.log = meta.log;
    next();
  };
}
