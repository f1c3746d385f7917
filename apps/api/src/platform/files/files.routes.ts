import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import type { SessionPort } from '../auth/ports';
import type { AuditLog } from '../audit/audit-log';
import { AuditOutcome } from '../audit/audit-event.entity';
import type { UserPrincipal } from '../auth/principal';
import { Permission } from '../auth/permissions';
import { sessionCookie } from '../http/session-cookie';
import { checkEvidenceName, EVIDENCE_NAME } from './evidence-policy';
import { FilePurpose, type DownloadOutcome, type FileService } from './file.service';
import { StoredObjectMissingError } from './file-storage';
import { FileError } from './files.errors';
import { discardRest, receiveSingleFile, UploadAbortedError } from './multipart-upload';

export const EVIDENCE_PATH = '/files/evidence';

export interface FilesRouterDeps {
  files: FileService;
  sessions: SessionPort;
  audit: AuditLog;
  secureCookies: boolean;
}

type Failure = { status: number; code: string; message: string; extensions?: Record<string, unknown> };

/**
 * Evidence files over HTTP (not GraphQL: multipart bodies and binary answers):
 * - `POST /files/evidence`, `multipart/form-data` with one file in the field `file` → 201
 *   `{ id, name, kind, sizeBytes, sha256 }`, or a coded refusal (400, 401, 403, 413, and 429 past
 *   the person's hourly uploads);
 * - `GET /files/evidence/:id` → the file as an attachment, or 404 FILE_NOT_FOUND when it does not
 *   exist or the caller may not have it (the access policy's hook decides).
 * Errors have the shape `{ errors: [{ message, extensions: { code, … } }] }`.
 */
export function createFilesRouter(deps: FilesRouterDeps): Router {
  const { files, sessions, audit, secureCookies } = deps;
  const maxBytes = files.settings.evidenceMaxBytes;
  const router = Router();

  const fail = (req: Request, res: Response, failure: Failure): void => {
    res
      .status(failure.status)
      .set('Cache-Control', 'no-store')
      .json({ errors: [{ message: failure.message, extensions: { code: failure.code, ...failure.extensions } }] });
    discardRest(req, res);
  };

  /** The signed-in user of the request, or null once a 401/403 has been sent. */
  const signedInUser = async (req: Request, res: Response): Promise<UserPrincipal | null> => {
    const token = sessionCookie(req, res, secureCookies).token;
    const principal = token ? await sessions.principalOf(token) : null;
    if (!principal) {
      fail(req, res, { status: 401, code: 'UNAUTHENTICATED', message: 'Sign in first' });
      return null;
    }
    if (principal.mustChangePassword) {
      fail(req, res, { status: 403, code: 'PASSWORD_CHANGE_REQUIRED', message: 'Change the temporary password first' });
      return null;
    }
    if (!principal.permissions.has(Permission.SIGNED_IN)) {
      fail(req, res, { status: 403, code: 'FORBIDDEN', message: 'You may not do this' });
      return null;
    }
    return principal;
  };

  router.post(EVIDENCE_PATH, async (req, res) => {
    const principal = await signedInUser(req, res);
    if (!principal) return;
    const ctx = { principal, ip: req.ip ?? '', requestId: req.id };
    const refuse = async (error: FileError): Promise<void> => {
      req.log.info({ files: { upload: 'refused', code: error.code } }, 'evidence file refused');
      await audit.record(ctx, {
        action: 'files.upload',
        outcome: AuditOutcome.FAILURE,
        code: error.code,
        details: { purpose: FilePurpose.EVIDENCE },
      });
      fail(req, res, { status: error.status, code: error.code, message: error.message, extensions: error.details });
    };
    try {
      await files.countUpload(principal);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      res.set('Retry-After', String(error.details.retryAfterSeconds ?? 60));
      await refuse(error);
      return;
    }
    if (!req.is('multipart/form-data')) {
      await refuse(new FileError('BAD_REQUEST', 'Send multipart/form-data with one file in the field "file"'));
      return;
    }
    let received;
    try {
      received = await receiveSingleFile(req, {
        field: 'file',
        maxBytes,
        checkName: (name) => {
          const named = checkEvidenceName(name);
          return named.ok ? null : FileError.from(named);
        },
      });
    } catch (error) {
      if (error instanceof UploadAbortedError) {
        req.log.info({ files: { upload: 'aborted' } }, 'evidence upload aborted by the client');
        return;
      }
      if (error instanceof FileError) {
        await refuse(error);
        return;
      }
      throw error;
    }
    let stored;
    try {
      stored = await files.storeEvidence(principal, received.name, received.bytes);
    } catch (error) {
      if (error instanceof FileError) {
        await refuse(error);
        return;
      }
      throw error;
    }
    const details = { purpose: stored.purpose, kind: stored.kind, sizeBytes: stored.sizeBytes };
    await audit.record(ctx, {
      action: 'files.upload',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'stored_file',
      targetId: stored.id,
      details,
    });
    await files.sweepIfDue().catch((error: unknown) => req.log.warn({ err: error }, 'could not remove old unattached files'));
    res
      .status(201)
      .set('Cache-Control', 'no-store')
      .json({ id: stored.id, name: stored.name, kind: stored.kind, sizeBytes: stored.sizeBytes, sha256: stored.sha256 });
  });

  router.get(`${EVIDENCE_PATH}/:id`, async (req, res) => {
    const principal = await signedInUser(req, res);
    if (!principal) return;
    const id = String(req.params.id);
    const ctx = { principal, ip: req.ip ?? '', requestId: req.id };
    let found: DownloadOutcome;
    try {
      found = await files.openForDownload(principal, id, FilePurpose.EVIDENCE);
    } catch (error) {
      if (!(error instanceof StoredObjectMissingError)) throw error;
      req.log.error({ err: error, fileId: id }, 'a stored file has no body in the file storage');
      found = { outcome: 'missing' };
    }
    if (found.outcome !== 'ok') {
      await audit.record(ctx, {
        action: 'files.download',
        outcome: AuditOutcome.DENIED,
        code: 'FILE_NOT_FOUND',
        targetType: 'stored_file',
        targetId: id.slice(0, 64),
        details: { reason: found.outcome },
      });
      req.log.info({ files: { download: found.outcome } }, 'evidence download refused');
      fail(req, res, { status: 404, code: 'FILE_NOT_FOUND', message: 'The file was not found' });
      return;
    }
    const { file, body } = found;
    await audit.record(ctx, { action: 'files.download', outcome: AuditOutcome.SUCCESS, targetType: 'stored_file', targetId: file.id });
    res.status(200).set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.sizeBytes),
      // The name passed the file-name rule (Latin letters, digits, - and _): nothing to escape.
      'Content-Disposition': `attachment; filename="${EVIDENCE_NAME.test(file.name) ? file.name : 'evidence'}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    try {
      await pipeline(body, res);
    } catch (error) {
      if (!res.writableEnded || res.destroyed) req.log.warn({ err: error, fileId: file.id }, 'evidence download interrupted');
    }
  });

  return router;
}
