import { Router } from 'express';
import type { AuditLog } from '../audit/audit-log';
import { AuditOutcome } from '../audit/audit-event.entity';
import type { SessionPort } from '../auth/ports';
import type { Permission } from '../auth/permissions';
import type { UserPrincipal } from '../auth/principal';
import { sessionCookie } from './session-cookie';

const refuse = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** A file made for a signed-in member of staff (a PDF receipt): its bytes and the name it is saved as. */
export interface StaffFile {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

export interface StaffFileRouteSpec {
  /** An express path with a `:file` parameter, e.g. `/hajj/registrations/:file`. */
  path: string;
  /** The permission the caller needs (403 FORBIDDEN without it). */
  permission: Permission;
  /** The file's id from the last path segment (`:file` less its extension), or null when it cannot be one (404). */
  idOf(file: string): string | null;
  /** The file, or null when the caller may not have it or it does not exist (both read as 404 NOT_FOUND). */
  load(principal: UserPrincipal, id: string): Promise<StaffFile | null>;
  /** The audit line's action and target type (every answer is recorded: the file or the refusal). */
  action: string;
  targetType: string;
  notFoundMessage: string;
}

/**
 * `GET <path>` for staff signed in with the session cookie (the admin opens it in a new tab or
 * downloads it): 401 UNAUTHENTICATED signed out, 403 PASSWORD_CHANGE_REQUIRED / FORBIDDEN, 404
 * NOT_FOUND alike for an unknown file and one out of the caller's reach; never cached.
 */
export function staffFileRoute(deps: { sessions: SessionPort; audit: AuditLog; secureCookies: boolean }, spec: StaffFileRouteSpec): Router {
  const router = Router();
  router.get(spec.path, async (req, res, next) => {
    try {
      res.set('Cache-Control', 'private, no-store');
      const token = sessionCookie(req, res, deps.secureCookies).token;
      const principal = token ? await deps.sessions.principalOf(token) : null;
      if (!principal) {
        res.status(401).json(refuse('UNAUTHENTICATED', 'Sign in first'));
        return;
      }
      if (principal.mustChangePassword) {
        res.status(403).json(refuse('PASSWORD_CHANGE_REQUIRED', 'Change the temporary password first'));
        return;
      }
      if (!principal.permissions.has(spec.permission)) {
        res.status(403).json(refuse('FORBIDDEN', 'You may not do this'));
        return;
      }
      const raw = String(req.params.file ?? '');
      const id = spec.idOf(raw);
      const ctx = { principal, ip: req.ip ?? '', requestId: req.id };
      const file = id ? await spec.load(principal, id) : null;
      await deps.audit.record(ctx, {
        action: spec.action,
        outcome: file ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
        ...(file ? {} : { code: 'NOT_FOUND' }),
        targetType: spec.targetType,
        targetId: (id ?? raw).slice(0, 64),
      });
      if (!file) {
        res.status(404).json(refuse('NOT_FOUND', spec.notFoundMessage));
        return;
      }
      res.status(200).set({
        'Content-Type': file.contentType,
        'Content-Length': String(file.bytes.length),
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(file.bytes);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
