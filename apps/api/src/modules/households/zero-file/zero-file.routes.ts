import { Router, type Request, type Response } from 'express';
import type { ClientPrincipal } from '../../../platform/auth/principal';
import type { DailyChangeFileService } from '../inquiry/daily-change-file.service';
import type { BearerAuthenticator } from '../../../platform/auth/ports';
import { RequestRefusal } from '../../../platform/errors/request-refusal';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { DataSource } from 'typeorm';
import { mayReadChanges } from '../households.policy';
import { exportZeroFile } from './zero-file-export.service';

const refuse = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** `GET /households/zero-file`: the zero file, streamed as NDJSON, for API clients with `household:changes`. */
/** The calling API client when it may read changes; otherwise the coded refusal is already sent. */
async function changesClient(deps: { apiClients: BearerAuthenticator }, req: Request, res: Response): Promise<ClientPrincipal | null> {
  const key = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
  if (!key) {
    res.status(401).json(refuse('UNAUTHENTICATED', 'An API key is required'));
    return null;
  }
  let client: ClientPrincipal;
  try {
    client = await deps.apiClients.principalOf(key, req.ip ?? '');
  } catch (error) {
    if (!(error instanceof RequestRefusal)) throw error;
    res.status(error.httpStatus).json(refuse(error.code, error.message));
    return null;
  }
  if (!mayReadChanges(client)) {
    res.status(403).json(refuse('FORBIDDEN', 'The household:changes scope is required'));
    return null;
  }
  // A download is one lookup of the client's daily quota.
  if ((await deps.apiClients.takeQuota(client, 1)) === 0) {
    res.status(429).json(refuse('QUOTA_EXCEEDED', 'The daily quota of this client is used up'));
    return null;
  }
  return client;
}

/**
 * `GET /households/zero-file` (the zero file, streamed) and `GET /households/changes/daily/:day`
 * (a day's change file, with `X-Content-SHA256`), for API clients with `household:changes`.
 */
export function zeroFileRoutes(deps: {
  dataSource: DataSource;
  apiClients: BearerAuthenticator;
  audit: AuditLog;
  dailyFiles: DailyChangeFileService;
}): Router {
  const router = Router();
  router.get('/households/changes/daily/:day', async (req, res, next) => {
    try {
      const client = await changesClient(deps, req, res);
      if (!client) return;
      const file = await deps.dailyFiles.get(req.params.day);
      if (!file) {
        res.status(404).json(refuse('NOT_FOUND', 'No change file for that day (they are written at 11:00 Tehran time for the day before)'));
        return;
      }
      res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('x-content-sha256', file.sha256);
      res.setHeader('cache-control', 'private, no-store');
      res.send(file.content);
      await deps.audit.record(
        { principal: client, ip: req.ip ?? '', requestId: req.id },
        { action: 'households.daily-file.download', outcome: AuditOutcome.SUCCESS, targetId: file.day },
      );
    } catch (error) {
      next(error);
    }
  });
  router.get('/households/zero-file', async (req, res, next) => {
    try {
      const client = await changesClient(deps, req, res);
      if (!client) return;
      res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="zero-file.ndjson"');
      res.setHeader('cache-control', 'private, no-store');
      const written = await exportZeroFile(deps.dataSource, res);
      res.end();
      await deps.audit.record(
        { principal: client, ip: req.ip ?? '', requestId: req.id },
        { action: 'households.zero-file.export', outcome: AuditOutcome.SUCCESS, details: { households: written } },
      );
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}
