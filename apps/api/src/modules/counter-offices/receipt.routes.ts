import type { Router } from 'express';
import type { AuditLog } from '../../platform/audit/audit-log';
import type { SessionPort } from '../../platform/auth/ports';
import { Permission } from '../../platform/auth/permissions';
import { isUuid } from '../../platform/graphql/id-arg';
import { staffFileRoute } from '../../platform/http/staff-file-route';
import { renderReceipt } from './receipt-pdf';
import type { ServiceRecordService } from './service-record.service';

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
  return staffFileRoute(deps, {
    path: '/counter-offices/receipts/:file',
    permission: Permission.COUNTER_OFFICE_SERVE,
    idOf: (file) => {
      const id = file.replace(/\.pdf$/, '');
      return isUuid(id) ? id.toLowerCase() : null;
    },
    load: async (principal, id) => {
      const data = await deps.records.receipt(principal, id);
      return data
        ? { bytes: await renderReceipt(data), filename: `receipt-${data.trackingCode}.pdf`, contentType: 'application/pdf' }
        : null;
    },
    action: 'counter.receipt.download',
    targetType: 'verification_service_record',
    notFoundMessage: 'No paid service record of your office has this id',
  });
}
