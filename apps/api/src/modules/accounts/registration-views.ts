import type { OrganisationService } from '../organisations';
import type { RegistrationRequest } from './registration-request.entity';
import type { RegistrationRequestView } from './accounts.type';

/** Requests with their units: one query for the units of a whole page. */
export class RegistrationViews {
  constructor(private readonly organisations: OrganisationService) {}

  async of(requests: RegistrationRequest[]): Promise<RegistrationRequestView[]> {
    const units = new Map((await this.organisations.byIds([...new Set(requests.map((r) => r.organisationUnitId))])).map((u) => [u.id, u]));
    return requests.map((r) => ({
      id: r.id,
      trackingCode: r.trackingCode,
      subsystem: r.subsystem,
      organisationUnit: units.get(r.organisationUnitId)!,
      nationalId: r.nationalId,
      firstName: r.firstName,
      lastName: r.lastName,
      post: r.post,
      mobile: r.mobile,
      officePhone: r.officePhone,
      status: r.status,
      requestedRole: r.requestedRole,
      decisionReason: r.decisionReason,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
    }));
  }
}
