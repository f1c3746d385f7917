import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AuditLog } from '../../../platform/audit/audit-log';
import type { SessionPort } from '../../../platform/auth/ports';
import { Permission } from '../../../platform/auth/permissions';
import { staffFileRoute } from '../../../platform/http/staff-file-route';
import { loadActor } from '../hajj.policy';
import { renderRegistrationReceipt } from './registration-receipt-pdf';
import type { RegistrationQueryService } from './registration-query.service';

/** Tracking codes are 12 digits. */
const TRACKING_FILE = /^(\d{12})\.pdf$/;

/**
 * `GET /hajj/registrations/:trackingCode.pdf`: the Persian PDF registration receipt and payment
 * slip of a confirmed registration, to Hajj staff whose scope reaches its caravan (the caravan's
 * manager, the province's offices, the organisation), signed in with the session cookie. Held,
 * released, unknown and out-of-reach registrations: 404 NOT_FOUND alike.
 */
export function registrationReceiptRoutes(deps: {
  sessions: SessionPort;
  dataSource: DataSource;
  registrations: RegistrationQueryService;
  audit: AuditLog;
  secureCookies: boolean;
}): Router {
  return staffFileRoute(deps, {
    path: '/hajj/registrations/:file',
    permission: Permission.HAJJ_REGISTRATION_READ,
    idOf: (file) => TRACKING_FILE.exec(file)?.[1] ?? null,
    load: async (principal, trackingCode) => {
      const registration = await deps.registrations.forReceipt(await loadActor(deps.dataSource.manager, principal), trackingCode);
      if (!registration) return null;
      return {
        bytes: await renderRegistrationReceipt(registration),
        filename: `hajj-registration-${trackingCode}.pdf`,
        contentType: 'application/pdf',
      };
    },
    action: 'hajj.registration.receipt.download',
    targetType: 'hajj_registration',
    notFoundMessage: 'No confirmed registration within your reach has this tracking code',
  });
}
