import type { DataSource } from 'typeorm';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import type { RequestContext } from '../../../platform/graphql/context';
import { caravansWithSeats } from '../caravans/caravan-list.service';
import type { HajjCaravanDetailsView } from '../caravans/caravan.type';
import { HajjInvalidTransitionError } from '../hajj.errors';
import { RegistrationStatus, TravelRestriction, type RegistrationChannel, type ReleaseReason } from '../hajj.enums';
import { assertAllowed, caravanScope, inScope, mayManageCaravan, scopeSql, type HajjActor } from '../hajj.policy';
import { rows } from '../queryable';
import { passportFlag, RESTRICTION_RULES } from './passport-rules';
import type { DocumentChecklist } from './registration.entity';
import type { HajjPassportInput, HajjRegistrationFilter, HajjRegistrationView } from './registration.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** Rule 12: pilgrims elected at the first training session, per caravan. */
export const ELECTED_PER_CARAVAN = 3;

interface RegistrationRow {
  id: string;
  tracking_code: string;
  status: RegistrationStatus;
  channel: RegistrationChannel;
  season_title: string;
  passport_valid_until: string;
  passport_hand_over_by: string;
  caravan_id: string;
  caravan_code: string;
  caravan_province: string;
  manager_name: string;
  manager_phone: string;
  manager_national_id: string | null;
  caravan_address: string;
  final_cost_rials: string;
  national_id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  mobile: string;
  receipt_number: string;
  original_receipt_number: string;
  deposit_date: string;
  amount_rials: string;
  hold_expires_at: Date | null;
  confirmed_at: Date | null;
  documents: DocumentChecklist | null;
  payment_slip_number: string | null;
  difference_rials: string | null;
  payment_due: string | null;
  paid_at: Date | null;
  payment_reference: string | null;
  doctor_visit_due: string | null;
  doctor_visited_at: Date | null;
  released_at: Date | null;
  release_reason: ReleaseReason | null;
  replaced_by: string | null;
  replaces: string | null;
  elected: boolean;
  passport_number: string | null;
  passport_expiry: string | null;
  restriction: TravelRestriction;
}

/** One statement for registrations with their caravan, receipt and season; `where` over `r` and `c`. */
const SELECT = `
  SELECT r.id, r.tracking_code, r.status, r.channel, s.title AS season_title,
         s.passport_valid_until::text AS passport_valid_until, s.passport_hand_over_by::text AS passport_hand_over_by,
         c.id AS caravan_id, c.code AS caravan_code, c.province AS caravan_province, c.manager_name, c.manager_phone, c.manager_national_id,
         c.address AS caravan_address, c.final_cost_rials::text AS final_cost_rials,
         d.national_id, d.first_name, d.last_name, d.birth_date::text AS birth_date, d.mobile, d.receipt_number, d.original_receipt_number,
         d.deposit_date::text AS deposit_date, d.amount_rials::text AS amount_rials,
         r.hold_expires_at, r.confirmed_at, r.documents, r.payment_slip_number, r.difference_rials::text AS difference_rials,
         r.payment_due::text AS payment_due, r.paid_at, r.payment_reference, r.doctor_visit_due::text AS doctor_visit_due, r.doctor_visited_at,
         r.released_at, r.release_reason, rb.tracking_code AS replaced_by, rs.tracking_code AS replaces, r.elected,
         r.passport_number, r.passport_expiry::text AS passport_expiry, r.restriction
    FROM hajj_registration r
    JOIN hajj_caravan c ON c.id = r.caravan_id
    JOIN hajj_season s ON s.id = r.season_id
    JOIN hajj_deposit_receipt d ON d.id = r.receipt_id
    LEFT JOIN hajj_registration rb ON rb.id = r.replaced_by_id
    LEFT JOIN hajj_registration rs ON rs.id = r.replaces_id`;

function toView(row: RegistrationRow): HajjRegistrationView {
  const passport = passportFlag(row.passport_expiry, {
    passportValidUntil: row.passport_valid_until,
    passportHandOverBy: row.passport_hand_over_by,
  });
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    status: row.status,
    channel: row.channel,
    seasonTitle: row.season_title,
    caravan: {
      id: row.caravan_id,
      code: row.caravan_code,
      province: row.caravan_province,
      managerName: row.manager_name,
      managerPhone: row.manager_phone,
      address: row.caravan_address,
      finalCostRials: row.final_cost_rials,
    },
    nationalId: row.national_id.trim(),
    holderName: `${row.first_name} ${row.last_name}`,
    birthDate: row.birth_date,
    mobile: row.mobile,
    receiptNumber: row.receipt_number,
    originalReceiptNumber: row.original_receipt_number,
    depositDate: row.deposit_date,
    depositRials: row.amount_rials,
    holdExpiresAt: row.hold_expires_at,
    confirmedAt: row.confirmed_at,
    documents: row.documents,
    paymentSlip:
      row.payment_slip_number && row.difference_rials !== null && row.payment_due
        ? {
            number: row.payment_slip_number,
            differenceRials: row.difference_rials,
            payBy: row.payment_due,
            paidAt: row.paid_at,
            paymentReference: row.payment_reference,
          }
        : null,
    doctorVisitDue: row.doctor_visit_due,
    doctorVisitedAt: row.doctor_visited_at,
    releasedAt: row.released_at,
    releaseReason: row.release_reason,
    replacedByTrackingCode: row.replaced_by,
    replacesTrackingCode: row.replaces,
    elected: row.elected,
    passport: {
      number: row.passport_number,
      expiry: row.passport_expiry,
      flag: passport.flag,
      renewBy: passport.renewBy,
      requiredValidUntil: row.passport_valid_until,
      handOverBy: row.passport_hand_over_by,
      restriction: row.restriction,
      restrictionRule: RESTRICTION_RULES[row.restriction],
    },
  };
}

/**
 * Registrations as the caravan manager and the Hajj staff see them: every answer, at every depth,
 * is cut to the caravans the actor's scope reaches (the caravan manager's own, a provincial office's
 * or bank's province, everything for the admin); anything else reads as NOT_FOUND.
 */
export class RegistrationQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async byId(actor: HajjActor, id: string): Promise<HajjRegistrationView> {
    return this.one(actor, 'r.id = $1', id);
  }

  async byTrackingCode(actor: HajjActor, trackingCode: string): Promise<HajjRegistrationView> {
    return this.one(actor, 'r.tracking_code = $1', trackingCode.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).trim());
  }

  /**
   * A confirmed registration, for the printed receipt; null when unknown, out of the actor's reach,
   * only held or released (no valid receipt exists for those).
   */
  async forReceipt(actor: HajjActor, trackingCode: string): Promise<HajjRegistrationView | null> {
    const registration = await this.byTrackingCode(actor, trackingCode).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    return registration && (registration.status === RegistrationStatus.CONFIRMED || registration.status === RegistrationStatus.PAID)
      ? registration
      : null;
  }

  /** A caravan's registrations (newest first), when the actor reaches the caravan. */
  async list(
    actor: HajjActor,
    caravanId: string,
    filter: HajjRegistrationFilter,
  ): Promise<{ items: HajjRegistrationView[]; total: number }> {
    await this.caravanInScope(actor, caravanId);
    const status = filter.status ?? null;
    const found = await rows<RegistrationRow & { total: number }>(
      this.dataSource,
      `SELECT *, count(*) OVER ()::int AS total FROM (${SELECT} WHERE r.caravan_id = $1 AND ($2::hajj_registration_status IS NULL OR r.status = $2)) q
        ORDER BY (status = 'RELEASED'), confirmed_at DESC NULLS FIRST, tracking_code LIMIT $3 OFFSET $4`,
      [caravanId, status, filter.limit, filter.offset],
    );
    return { items: found.map(toView), total: found[0]?.total ?? 0 };
  }

  /** The caravans the actor reaches (his own, for a caravan manager), with seats counted now. */
  async caravans(
    actor: HajjActor,
    seasonId: string,
    province: string | null,
    limit: number,
    offset: number,
  ): Promise<HajjCaravanDetailsView[]> {
    const scope = scopeSql(caravanScope(actor), 'c', 2);
    const provinceParam = scope.params.length + 2;
    return caravansWithSeats(
      this.dataSource,
      seasonId,
      `${scope.sql} AND ($${provinceParam}::text IS NULL OR c.province = $${provinceParam})`,
      [...scope.params, province],
      limit,
      offset,
    );
  }

  /** Rule 12: the caravan manager marks the (at most three) pilgrims elected at the first session. */
  async setElected(ctx: Ctx, actor: HajjActor, caravanId: string, registrationIds: string[]): Promise<HajjRegistrationView[]> {
    const caravan = await this.caravanInScope(actor, caravanId);
    assertAllowed(mayManageCaravan(actor, caravan), 'Only the caravan’s manager records its elected pilgrims');
    const ids = [...new Set(registrationIds)];
    if (ids.length > ELECTED_PER_CARAVAN) throw new BadInputError('registrationIds', `At most ${ELECTED_PER_CARAVAN} pilgrims are elected`);
    await this.dataSource.transaction(async (manager) => {
      const chosen = await rows<{ id: string }>(
        manager,
        `SELECT id FROM hajj_registration WHERE caravan_id = $1 AND id = ANY($2::uuid[]) AND status IN ('CONFIRMED', 'PAID') FOR UPDATE`,
        [caravanId, ids],
      );
      if (chosen.length !== ids.length) throw new BadInputError('registrationIds', 'Elect confirmed pilgrims of this caravan only');
      await manager.query(
        `UPDATE hajj_registration SET elected = (id = ANY($2::uuid[])), updated_at = now() WHERE caravan_id = $1 AND (elected OR id = ANY($2::uuid[]))`,
        [caravanId, ids],
      );
    });
    await this.audit.record(ctx, {
      action: 'hajj.caravan.elected',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'hajj_caravan',
      targetId: caravanId,
      details: { count: ids.length },
    });
    const found = await rows<RegistrationRow>(this.dataSource, `${SELECT} WHERE r.caravan_id = $1 AND r.elected ORDER BY r.tracking_code`, [
      caravanId,
    ]);
    return found.map(toView);
  }

  /** Rules 13 and 15: the passport's number and expiry, and any exit restriction. */
  async recordPassport(ctx: Ctx, actor: HajjActor, registrationId: string, input: HajjPassportInput): Promise<HajjRegistrationView> {
    const registration = await this.byId(actor, registrationId);
    assertAllowed(
      mayManageCaravan(actor, { managerNationalId: await this.managerOf(registration.caravan.id) }),
      'Only the caravan’s manager records passports',
    );
    if (registration.status === RegistrationStatus.RELEASED) throw new HajjInvalidTransitionError(registration.status, 'PASSPORT');
    await this.dataSource.query(
      `UPDATE hajj_registration SET passport_number = $2, passport_expiry = $3, restriction = $4, updated_at = now() WHERE id = $1`,
      [
        registrationId,
        input.passportNumber?.toUpperCase() ?? null,
        input.passportExpiry ?? null,
        input.restriction ?? TravelRestriction.NONE,
      ],
    );
    await this.audit.record(ctx, {
      action: 'hajj.registration.passport',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'hajj_registration',
      targetId: registrationId,
    });
    return this.byId(actor, registrationId);
  }

  private async one(actor: HajjActor, where: string, value: string): Promise<HajjRegistrationView> {
    const [row] = await rows<RegistrationRow>(this.dataSource, `${SELECT} WHERE ${where}`, [value]);
    if (
      !row ||
      !inScope(caravanScope(actor), { province: row.caravan_province, managerNationalId: row.manager_national_id?.trim() ?? null })
    )
      throw new NotFoundError('The registration');
    return toView(row);
  }

  private async caravanInScope(actor: HajjActor, caravanId: string): Promise<{ province: string; managerNationalId: string | null }> {
    const [caravan] = await rows<{ province: string; manager_national_id: string | null }>(
      this.dataSource,
      'SELECT province, manager_national_id FROM hajj_caravan WHERE id = $1',
      [caravanId],
    );
    const found = caravan ? { province: caravan.province, managerNationalId: caravan.manager_national_id?.trim() ?? null } : null;
    if (!found || !inScope(caravanScope(actor), found)) throw new NotFoundError('The caravan');
    return found;
  }

  private async managerOf(caravanId: string): Promise<string | null> {
    const [row] = await rows<{ manager_national_id: string | null }>(
      this.dataSource,
      'SELECT manager_national_id FROM hajj_caravan WHERE id = $1',
      [caravanId],
    );
    return row?.manager_national_id?.trim() ?? null;
  }
}
