import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import { NotFoundError } from '../../../platform/errors/domain-error';
import type { RequestContext } from '../../../platform/graphql/context';
import { addDays, tehranToday } from '../../../platform/time/tehran-date';
import {
  AdmissionNotOpenError,
  AlreadyRegisteredError,
  CaravanFullError,
  DocumentsIncompleteError,
  HajjInvalidTransitionError,
  HoldExpiredError,
  NotInvitedYetError,
  NotYourProvinceError,
  OnlineShareFullError,
  ReceiptNeedsActionError,
} from '../hajj.errors';
import { CaravanStatus, HajjNextStep, RegistrationChannel, RegistrationStatus, ReleaseReason } from '../hajj.enums';
import { assertAllowed, mayManageCaravan, mayRecordPayment, type HajjActor } from '../hajj.policy';
import type { HajjPublicGate } from '../hajj-public-gate';
import { rows } from '../queryable';
import type { ReceiptEvaluation, ReceiptProof, ReceiptStatusService } from '../receipts/receipt-status.service';
import { HajjSeason } from '../season/season.entity';
import { HajjRegistration, type DocumentChecklist } from './registration.entity';
import { SeatHints } from './seat-hints';
import { countSeats, inSeatTransaction, type CaravanSeats } from './seat-ledger';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** What a pre-registration or a registration hands back. */
export interface SeatAnswer {
  registrationId: string;
  trackingCode: string;
  status: RegistrationStatus;
  holdExpiresAt: Date | null;
  caravan: { id: string; code: string };
}

const DOCUMENTS: ReadonlyArray<keyof DocumentChecklist> = ['receiptOriginal', 'receiptCopy', 'birthCertificate', 'nationalCard'];

/** Rule 10: every document must be checked before a registration is confirmed. */
export function assertDocumentsComplete(documents: DocumentChecklist): void {
  const missing = DOCUMENTS.filter((key) => documents[key] !== true);
  if (missing.length > 0) throw new DocumentsIncompleteError(missing);
}

/** A tracking code: 12 digits, the first never 0. */
export function newTrackingCode(): string {
  return `${randomInt(1, 10)}${String(randomInt(0, 1e11)).padStart(11, '0')}`;
}

/**
 * Seats in caravans (seed 004 rules 9–11): online pre-registration within the online share, the
 * manager's confirmation in person, in-person registration, release and replacement. Every change
 * of a seat runs in `inSeatTransaction` (advisory locks on the caravan's quotas, sorted, with a lock
 * timeout, and a recount inside them), so no caravan is ever overbooked, whatever the number of API
 * processes; a person holds at most one seat a season (a partial unique index backs it).
 */
export class BookingService {
  /** Seats counted outside the locks for the public pre-registration (several asked at once, one statement). */
  private readonly hints: SeatHints;

  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: HajjPublicGate,
    private readonly receipts: ReceiptStatusService,
    private readonly audit: AuditLog,
  ) {
    this.hints = new SeatHints(dataSource);
  }

  /**
   * `hajjPreRegister`: the holder himself, online, with a captcha; holds a seat of the online share.
   * The order of the answers: the gate (RATE_LIMITED, CAPTCHA_INVALID); then a caravan of the active
   * season that the seats counted now (outside its locks: a hint) show full is refused at once
   * (CARAVAN_FULL, ONLINE_SHARE_FULL) — at a rush nearly every attempt ends here, without matching
   * the receipt or queueing for the locks. That answer depends on the caravan alone, whatever the
   * other fields say, so it tells nothing about a receipt: RECEIPT_NOT_MATCHED stays the one answer
   * for any wrong field at a caravan with seats left. Then the receipt and the caravan's rules, and
   * the seat itself, only ever given after the recount inside the locks.
   */
  async preRegister(ctx: Ctx, input: ReceiptProof & { caravanId: string; captchaId: string; captchaAnswer: string }): Promise<SeatAnswer> {
    await this.gate.pass(ctx, input.nationalId, input.captchaId, input.captchaAnswer);
    const hint = await this.hints.of(input.caravanId);
    if (hint && hint.seasonActive && hint.status === CaravanStatus.ACTIVE) refuseWhenFull(hint, RegistrationChannel.ONLINE);
    const evaluation = await this.receipts.evaluate(ctx, this.dataSource.manager, input, 'hajj.pre-register');
    const caravan = await this.eligibleCaravan(evaluation, input.caravanId, hint);
    const { season, matched } = evaluation;
    const answer = await this.takeSeat(caravan.caravanId, season.id, async (manager, seats) => {
      refuseWhenFull(seats, RegistrationChannel.ONLINE);
      return this.insertRegistration(manager, {
        seasonId: season.id,
        caravanId: caravan.caravanId,
        receiptId: matched.receipt.id,
        nationalId: matched.receipt.nationalId,
        channel: RegistrationChannel.ONLINE,
        status: RegistrationStatus.HELD,
        holdMinutes: season.holdMinutes,
      });
    });
    await this.audit.record(ctx, {
      action: 'hajj.pre-register',
      outcome: AuditOutcome.SUCCESS,
      subjectNationalId: matched.receipt.nationalId,
      targetType: 'hajj_registration',
      targetId: answer.registrationId,
    });
    return { ...answer, caravan: { id: caravan.caravanId, code: caravan.code } };
  }

  /**
   * The manager confirms an online hold in person (rule 9) once the documents are checked (rule
   * 10): the registration receipt and the payment slip for the difference to the caravan's final
   * cost (rule 11) follow. A hold that has ended is released, and the confirmation refused.
   */
  async confirm(ctx: Ctx, actor: HajjActor, trackingCode: string, documents: DocumentChecklist): Promise<string> {
    const registration = await this.dataSource.getRepository(HajjRegistration).findOneBy({ trackingCode });
    if (!registration) throw new NotFoundError('The registration');
    const caravan = await this.caravanOf(registration.caravanId);
    assertAllowed(mayManageCaravan(actor, caravan), 'Only the caravan’s manager confirms its registrations');
    assertDocumentsComplete(documents);
    const season = await this.season(registration.seasonId);
    const outcome = await inSeatTransaction(this.dataSource, [registration.caravanId], async (manager) => {
      const [current] = await rows<{ status: RegistrationStatus; expired: boolean; amount_rials: string }>(
        manager,
        `SELECT r.status, r.hold_expires_at <= clock_timestamp() AS expired, d.amount_rials::text AS amount_rials
           FROM hajj_registration r JOIN hajj_deposit_receipt d ON d.id = r.receipt_id WHERE r.id = $1 FOR UPDATE OF r`,
        [registration.id],
      );
      if (current!.status !== RegistrationStatus.HELD) throw new HajjInvalidTransitionError(current!.status, 'CONFIRM');
      if (current!.expired) {
        await release(manager, [registration.id], ReleaseReason.HOLD_EXPIRED);
        return 'EXPIRED' as const;
      }
      await manager.update(
        HajjRegistration,
        { id: registration.id },
        confirmedFields(actor, documents, season, caravan.finalCostRials, current!.amount_rials, registration.trackingCode),
      );
      return 'CONFIRMED' as const;
    });
    if (outcome === 'EXPIRED') throw new HoldExpiredError();
    await this.audit.record(ctx, {
      action: 'hajj.registration.confirm',
      outcome: AuditOutcome.SUCCESS,
      subjectNationalId: registration.nationalId,
      targetType: 'hajj_registration',
      targetId: registration.id,
    });
    return registration.id;
  }

  /** The manager registers an applicant in person at his caravan: any free seat of the whole capacity. */
  async registerInPerson(
    ctx: Ctx,
    actor: HajjActor,
    input: ReceiptProof & { caravanId: string; documents: DocumentChecklist },
  ): Promise<string> {
    const caravan = await this.caravanOf(input.caravanId);
    assertAllowed(mayManageCaravan(actor, caravan), 'Only the caravan’s manager registers at it');
    assertDocumentsComplete(input.documents);
    const evaluation = await this.receipts.evaluate(ctx, this.dataSource.manager, input, 'hajj.registration.in-person');
    await this.eligibleCaravan(evaluation, input.caravanId);
    const { season, matched } = evaluation;
    const answer = await this.takeSeat(input.caravanId, season.id, async (manager, seats) => {
      refuseWhenFull(seats, RegistrationChannel.IN_PERSON);
      const saved = await this.insertRegistration(manager, {
        seasonId: season.id,
        caravanId: input.caravanId,
        receiptId: matched.receipt.id,
        nationalId: matched.receipt.nationalId,
        channel: RegistrationChannel.IN_PERSON,
        status: RegistrationStatus.CONFIRMED,
        holdMinutes: null,
      });
      await manager.update(
        HajjRegistration,
        { id: saved.registrationId },
        confirmedFields(actor, input.documents, season, seats.finalCostRials, matched.receipt.amountRials, saved.trackingCode),
      );
      return saved;
    });
    await this.audit.record(ctx, {
      action: 'hajj.registration.in-person',
      outcome: AuditOutcome.SUCCESS,
      subjectNationalId: matched.receipt.nationalId,
      targetType: 'hajj_registration',
      targetId: answer.registrationId,
    });
    return answer.registrationId;
  }

  /**
   * Rule 11: the manager replaces an applicant (one whose seat was freed — hold expired, payment or
   * doctor visit missed — or one he releases now) with the next eligible applicant, who takes the
   * seat in the same transaction.
   */
  async replace(
    ctx: Ctx,
    actor: HajjActor,
    registrationId: string,
    input: ReceiptProof & { documents: DocumentChecklist },
  ): Promise<string> {
    const old = await this.dataSource.getRepository(HajjRegistration).findOneBy({ id: registrationId });
    if (!old) throw new NotFoundError('The registration');
    const caravan = await this.caravanOf(old.caravanId);
    assertAllowed(mayManageCaravan(actor, caravan), 'Only the caravan’s manager replaces its applicants');
    assertDocumentsComplete(input.documents);
    const evaluation = await this.receipts.evaluate(ctx, this.dataSource.manager, input, 'hajj.registration.replace');
    await this.eligibleCaravan(evaluation, old.caravanId);
    const { season, matched } = evaluation;
    const answer = await this.takeSeat(old.caravanId, season.id, async (manager, seats) => {
      const [current] = await rows<{ status: RegistrationStatus; replaced_by_id: string | null }>(
        manager,
        'SELECT status, replaced_by_id FROM hajj_registration WHERE id = $1 FOR UPDATE',
        [old.id],
      );
      if (current!.replaced_by_id !== null) throw new HajjInvalidTransitionError('REPLACED', 'REPLACE');
      let free = seats;
      if (current!.status !== RegistrationStatus.RELEASED) {
        await release(manager, [old.id], ReleaseReason.WITHDRAWN);
        free = (await countSeats(manager, [old.caravanId])).get(old.caravanId)!;
      }
      refuseWhenFull(free, RegistrationChannel.IN_PERSON);
      const saved = await this.insertRegistration(manager, {
        seasonId: season.id,
        caravanId: old.caravanId,
        receiptId: matched.receipt.id,
        nationalId: matched.receipt.nationalId,
        channel: RegistrationChannel.IN_PERSON,
        status: RegistrationStatus.CONFIRMED,
        holdMinutes: null,
      });
      await manager.update(
        HajjRegistration,
        { id: saved.registrationId },
        {
          ...confirmedFields(actor, input.documents, season, seats.finalCostRials, matched.receipt.amountRials, saved.trackingCode),
          replacesId: old.id,
        },
      );
      await manager.update(HajjRegistration, { id: old.id }, { replacedById: saved.registrationId });
      return saved;
    });
    await this.audit.record(ctx, {
      action: 'hajj.registration.replace',
      outcome: AuditOutcome.SUCCESS,
      subjectNationalId: matched.receipt.nationalId,
      targetType: 'hajj_registration',
      targetId: answer.registrationId,
      details: { replaces: old.id },
    });
    return answer.registrationId;
  }

  /** The manager frees a seat (a withdrawal). */
  async withdraw(ctx: Ctx, actor: HajjActor, registrationId: string): Promise<string> {
    const registration = await this.dataSource.getRepository(HajjRegistration).findOneBy({ id: registrationId });
    if (!registration) throw new NotFoundError('The registration');
    assertAllowed(mayManageCaravan(actor, await this.caravanOf(registration.caravanId)), 'Only the caravan’s manager releases its seats');
    await inSeatTransaction(this.dataSource, [registration.caravanId], async (manager) => {
      const [current] = await rows<{ status: RegistrationStatus }>(
        manager,
        'SELECT status FROM hajj_registration WHERE id = $1 FOR UPDATE',
        [registration.id],
      );
      if (current!.status === RegistrationStatus.RELEASED) throw new HajjInvalidTransitionError(current!.status, 'RELEASE');
      await release(manager, [registration.id], ReleaseReason.WITHDRAWN);
    });
    await this.audit.record(ctx, {
      action: 'hajj.registration.withdraw',
      outcome: AuditOutcome.SUCCESS,
      subjectNationalId: registration.nationalId,
      targetType: 'hajj_registration',
      targetId: registration.id,
    });
    return registration.id;
  }

  /** A bank branch of the caravan's province records the payment of the difference (rule 11). */
  async recordPayment(ctx: Ctx, actor: HajjActor, trackingCode: string, reference: string): Promise<string> {
    const registration = await this.dataSource.getRepository(HajjRegistration).findOneBy({ trackingCode });
    if (!registration) throw new NotFoundError('The registration');
    assertAllowed(
      mayRecordPayment(actor, await this.caravanOf(registration.caravanId)),
      'Payments are recorded by a branch of the caravan’s province',
    );
    await inSeatTransaction(this.dataSource, [registration.caravanId], async (manager) => {
      const [current] = await rows<{ status: RegistrationStatus }>(
        manager,
        'SELECT status FROM hajj_registration WHERE id = $1 FOR UPDATE',
        [registration.id],
      );
      if (current!.status !== RegistrationStatus.CONFIRMED) throw new HajjInvalidTransitionError(current!.status, 'PAY');
      await manager.query(
        `UPDATE hajj_registration SET status = 'PAID', paid_at = clock_timestamp(), payment_reference = $2, updated_at = now() WHERE id = $1`,
        [registration.id, reference],
      );
    });
    await this.audit.record(ctx, {
      action: 'hajj.registration.payment',
      outcome: AuditOutcome.SUCCESS,
      subjectNationalId: registration.nationalId,
      targetType: 'hajj_registration',
      targetId: registration.id,
    });
    return registration.id;
  }

  /** The manager records the visit to the designated doctors (rule 11). */
  async recordDoctorVisit(ctx: Ctx, actor: HajjActor, registrationId: string): Promise<string> {
    const registration = await this.dataSource.getRepository(HajjRegistration).findOneBy({ id: registrationId });
    if (!registration) throw new NotFoundError('The registration');
    assertAllowed(mayManageCaravan(actor, await this.caravanOf(registration.caravanId)));
    if (registration.status !== RegistrationStatus.CONFIRMED && registration.status !== RegistrationStatus.PAID)
      throw new HajjInvalidTransitionError(registration.status, 'DOCTOR_VISIT');
    await this.dataSource.query(
      `UPDATE hajj_registration SET doctor_visited_at = clock_timestamp(), updated_at = now() WHERE id = $1 AND doctor_visited_at IS NULL`,
      [registration.id],
    );
    await this.audit.record(ctx, {
      action: 'hajj.registration.doctor-visit',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'hajj_registration',
      targetId: registration.id,
    });
    return registration.id;
  }

  /**
   * The caravan a matched holder may take a seat in: his receipt must lead to REGISTER, the caravan
   * be an active one of the active season in his province of residence, his province's admission
   * open and its invitation reach his deposit date.
   */
  private async eligibleCaravan(evaluation: ReceiptEvaluation, caravanId: string, counted?: CaravanSeats | null): Promise<CaravanSeats> {
    const { next, registration, province, season } = evaluation;
    if (next.nextStep === HajjNextStep.REGISTERED) throw new AlreadyRegisteredError(registration?.trackingCode ?? null);
    if (next.nextStep !== HajjNextStep.REGISTER && next.nextStep !== HajjNextStep.NOT_INVITED_YET)
      throw new ReceiptNeedsActionError(next.nextStep, next.office);
    const caravan = counted === undefined ? (await countSeats(this.dataSource, [caravanId])).get(caravanId) : counted;
    if (!caravan || caravan.seasonId !== season.id || caravan.status !== CaravanStatus.ACTIVE) throw new NotFoundError('The caravan');
    if (caravan.province !== evaluation.matched.receipt.province) throw new NotYourProvinceError();
    if (!province || province.admissionOpensAt.getTime() > Date.now()) throw new AdmissionNotOpenError(province?.admissionOpensAt ?? null);
    if (next.nextStep === HajjNextStep.NOT_INVITED_YET) throw new NotInvitedYetError(next.invitedDepositsUntil);
    return caravan;
  }

  /**
   * A seat of the caravan, in its seat transaction. The caravan is checked again with the recount
   * inside the locks: still an active caravan of this season, and the season still the active one
   * (the season row the checks before read may be the process's few-seconds-old copy, and a caravan
   * may be closed meanwhile); otherwise NOT_FOUND, as for any caravan one may not book.
   */
  private takeSeat<T>(caravanId: string, seasonId: string, work: (manager: EntityManager, seats: CaravanSeats) => Promise<T>): Promise<T> {
    return inSeatTransaction(this.dataSource, [caravanId], (manager, seats) => {
      const current = seats.get(caravanId);
      if (!current || current.seasonId !== seasonId || !current.seasonActive || current.status !== CaravanStatus.ACTIVE)
        throw new NotFoundError('The caravan');
      return work(manager, current);
    });
  }

  /**
   * Inserts a seat (an online hold ends `holdMinutes` after the insert, on the database's clock);
   * the partial unique indexes refuse a second seat for a person or a receipt: the insert skips
   * instead of failing (ON CONFLICT DO NOTHING, so no savepoint is needed to keep the seat
   * transaction alive), and what it ran into is read after. The person's own hold that ended but was
   * not released yet holds no seat: it is released and the insert tried again; a tracking code
   * already given is drawn again.
   */
  private async insertRegistration(
    manager: EntityManager,
    row: Pick<HajjRegistration, 'seasonId' | 'caravanId' | 'receiptId' | 'nationalId' | 'channel' | 'status'> & {
      holdMinutes: number | null;
    },
  ): Promise<Omit<SeatAnswer, 'caravan'>> {
    let releasedOwnHold = false;
    for (let attempt = 0; ; attempt += 1) {
      const trackingCode = newTrackingCode();
      const [saved] = await rows<{ id: string; hold_expires_at: Date | null }>(
        manager,
        `INSERT INTO hajj_registration (season_id, caravan_id, receipt_id, national_id, channel, status, tracking_code, hold_expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8::int IS NULL THEN NULL ELSE clock_timestamp() + make_interval(mins => $8::int) END)
         ON CONFLICT DO NOTHING
         RETURNING id, hold_expires_at`,
        [row.seasonId, row.caravanId, row.receiptId, row.nationalId, row.channel, row.status, trackingCode, row.holdMinutes],
      );
      if (saved) return { registrationId: saved.id, trackingCode, status: row.status, holdExpiresAt: saved.hold_expires_at };
      // Nothing inserted: a seat of the person's or of the receipt's (UQ_hajj_registration_active_person,
      // UQ_hajj_registration_active_receipt), else the tracking code was taken (UQ_hajj_registration_tracking_code).
      const holding = await rows<{ id: string; tracking_code: string; national_id: string; ended: boolean }>(
        manager,
        `SELECT id, tracking_code, national_id, (status = 'HELD' AND hold_expires_at <= clock_timestamp()) AS ended FROM hajj_registration
          WHERE season_id = $1 AND (national_id = $2 OR receipt_id = $3) AND status IN ('HELD', 'CONFIRMED', 'PAID')`,
        [row.seasonId, row.nationalId, row.receiptId],
      );
      if (holding.length === 0) {
        if (attempt >= 5) throw new Error('No free tracking code after 6 draws');
        continue;
      }
      const ended = holding.filter((h) => h.ended).map((h) => h.id);
      if (!releasedOwnHold && ended.length > 0) {
        releasedOwnHold = true;
        await manager.query(
          `UPDATE hajj_registration SET status = 'RELEASED', released_at = clock_timestamp(), release_reason = 'HOLD_EXPIRED', updated_at = now()
            WHERE id = ANY($1::uuid[]) AND status = 'HELD' AND hold_expires_at <= clock_timestamp()`,
          [ended],
        );
        continue;
      }
      const own = holding.find((h) => h.national_id === row.nationalId && !h.ended);
      throw new AlreadyRegisteredError(own?.tracking_code ?? null);
    }
  }

  private async caravanOf(caravanId: string): Promise<CaravanSeats> {
    const caravan = (await countSeats(this.dataSource, [caravanId])).get(caravanId);
    if (!caravan) throw new NotFoundError('The caravan');
    return caravan;
  }

  private season(seasonId: string): Promise<HajjSeason> {
    return this.dataSource.getRepository(HajjSeason).findOneByOrFail({ id: seasonId });
  }
}

/** ONLINE_SHARE_FULL / CARAVAN_FULL when a seat of this channel cannot be given. */
function refuseWhenFull(seats: CaravanSeats, channel: RegistrationChannel): void {
  if (seats.taken >= seats.capacity) throw new CaravanFullError();
  if (channel === RegistrationChannel.ONLINE && seats.onlineTaken >= seats.onlineCapacity) throw new OnlineShareFullError();
}

/** Frees seats (inside a seat transaction): RELEASED with the reason. */
export async function release(manager: EntityManager, ids: string[], reason: ReleaseReason): Promise<void> {
  await manager.query(
    `UPDATE hajj_registration SET status = 'RELEASED', released_at = clock_timestamp(), release_reason = $2, updated_at = now() WHERE id = ANY($1::uuid[])`,
    [ids, reason],
  );
}

/**
 * A confirmed registration's fields: documents, who and when, and rule 11's payment slip — the
 * difference between the caravan's final cost and the deposit (whole rials, never below zero), to
 * pay within the season's payment days; the doctor visit within its own days.
 */
function confirmedFields(
  actor: HajjActor,
  documents: DocumentChecklist,
  season: HajjSeason,
  finalCostRials: string,
  depositRials: string,
  trackingCode: string,
): Partial<HajjRegistration> {
  const difference = BigInt(finalCostRials) - BigInt(depositRials);
  const today = tehranToday();
  return {
    status: RegistrationStatus.CONFIRMED,
    confirmedAt: new Date(),
    confirmedBy: actor.userId,
    documents: {
      receiptOriginal: documents.receiptOriginal,
      receiptCopy: documents.receiptCopy,
      birthCertificate: documents.birthCertificate,
      nationalCard: documents.nationalCard,
    },
    paymentSlipNumber: `P${trackingCode}`,
    differenceRials: (difference > 0n ? difference : 0n).toString(),
    paymentDue: addDays(today, season.paymentDays),
    doctorVisitDue: addDays(today, season.doctorVisitDays),
  };
}
