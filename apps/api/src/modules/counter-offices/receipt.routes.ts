import { Router } from 'express';
import type { SessionPort } from '../../platform/auth/ports';
import { Permission } from '../../platform/auth/permissions';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import { isUuid } from '../../platform/graphql/id-arg';
import { sessionCookie } from '../../platform/http/session-cookie';
import { renderReceipt } from './receipt-pdf';
import type { ServiceRecordService } from './service-record.service';

const refuse = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * `GET /counter-offices/receipts/:recordId.pdf`: the Persian PDF receipt of a paid service record
 * (office code, service title, amount in rials, tracking code, Jalali date), to the operator of
 * the record's office, signed in with the session cookie. Anyone else, an unpaid or unknown record:
 * 404 NOT_FOUND alike.
 */
export function receiptRoutes(deps: {
  sessions: SessionPort;
  records: ServiceRecordService;
  audit: AuditLog;
  secureCookies: boolean;
}): Router {
  const router = Router();
  router.get('/counter-offices/receipts/:file', async (req, res, next) => {
    try {
      const token = sessionCookie(req, res, deps.secureCookies).token;
      const principal = token ? await deps.sessions.principalOf(token) : null;
      if (!principal) {
        res.status(401).set('Cache-Control', 'no-store').json(refuse('UNAUTHENTICATED', 'Sign in first'));
        return;
      }
      if (principal.mustChangePassword) {
        res.status(403).set('Cache-Control', 'no-store').json(refuse('PASSWORD_CHANGE_REQUIRED', 'Change the temporary password first'));
        return;
      }
      if (!principal.permissions.has(Permission.COUNTER_OFFICE_SERVE)) {
        res.status(403).set('Cache-Control', 'no-store').json(refuse('FORBIDDEN', 'You may not do this'));
        return;
      }
      const id = String(req.params.file).replace(/\.pdf$/, '');
      const ctx = { principal, ip: req.ip ?? '', requestId: req.id };
      const data = isUuid(id) ? await deps.records.receipt(principal, id.toLowerCase()) : null;
      if (!data) {
        await deps.audit.record(ctx, {
          action: 'counter.receipt.download',
          outcome: AuditOutcome.DENIED,
          code: 'NOT_FOUND',
          targetType: 'verification_service_record',
          targetId: id.slice(0, 64),
        });
        res.status(404).set('Cache-Control', 'no-store').json(refuse('NOT_FOUND', 'No paid service record of your office has this id'));
        return;
      }
      const pdf = await renderReceipt(data);
      await deps.audit.record(ctx, {
        action: 'counter.receipt.download',
        outcome: AuditOutcome.SUCCESS,
        targetType: 'verification_service_record',
        targetId: id,
      });
      res.status(200).set({
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.length),
        'Content-Disposition': `attachment; filename="receipt-${data.trackingCode}.pdf"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      });
      res.end(pdf);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
