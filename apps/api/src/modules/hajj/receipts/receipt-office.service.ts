import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import type { RequestContext } from '../../../platform/graphql/context';
import { tehranToday } from '../../../platform/time/tehran-date';
import { AlreadyRegisteredError, HajjInvalidTransitionError, ReceiptNumberTakenError } from '../hajj.errors';
import { HajjNextStep, ReceiptEventKind, ReceiptKind, ReceiptStatus, ReferralPurpose } from '../hajj.enums';
import { assertAllowed, canSeeReceipt, mayIssueAtBank, mayRecordTransfer, mayReferReceipt, type HajjActor } from '../hajj.policy';
import { normalizedNationalId } from '../hajj-public-gate';
import { normalizeProvince } from '../provinces';
import { rows } from '../queryable';
import { SeasonReader, seasonTerms } from '../season/season.service';
import type { HajjSeason } from '../season/season.entity';
import { HajjDepositReceipt, HajjReceiptEvent, HajjTransfer } from './deposit-receipt.entity';
import { normalizeReceiptNumber } from './receipt-file';
import { whatNext, type WhatNext } from './receipt-rules';
import type { HajjIssueReceiptInput, HajjRecordTransferInput, HajjReferReceiptInput } from './receipt.inputs';
import type { HajjReceiptView } from './receipt.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** How the bank issues a new receipt in place of the living one. */
type Issue = 'CONVERT' | 'STABILISE' | 'REISSUE';

const ISSUED_EVENT: Readonly<Record<Issue, ReceiptEventKind>> = {
  CONVERT: ReceiptEventKind.CONVERTED,
  STABILISE: ReceiptEventKind.STABILISED,
  REISSUE: ReceiptEventKind.REISSUED,
};

/**
 * The offices' steps on a receipt (seed 004 rules 2–6 and 14): the provincial office refers old
 * documents for conversion and receipts for stabilisation to a branch; the bank issues the new
 * receipt (converted, stabilised, or reissued to a transfer's receiver), endorsed with the
 * original number; a pilgrimage-services office records transfers. Each step locks the receipt's
 * row, checks where it stands, and writes the history with who, where and when.
 */
export class ReceiptOfficeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** A receipt by any number of its chain, as the actor may see it (NOT_FOUND otherwise). */
  async find(actor: HajjActor, receiptNumber: string): Promise<HajjReceiptView> {
    const receipt = await this.living(this.dataSource.manager, receiptNumber);
    if (!receipt || !canSeeReceipt(actor, receipt)) throw new NotFoundError('The receipt');
    return this.view(this.dataSource.manager, receipt);
  }

  /** The provincial office refers a receipt of its province to a branch (rules 2 and 5). */
  async refer(ctx: Ctx, actor: HajjActor, input: HajjReferReceiptInput): Promise<HajjReceiptView> {
    return this.step(ctx, actor, input.receiptNumber, async (manager, receipt, season) => {
      assertAllowed(mayReferReceipt(actor, receipt), 'Only the provincial office of the holder’s province refers this receipt');
      const next = await nextFor(manager, season, receipt);
      const wanted = input.purpose === ReferralPurpose.CONVERSION ? HajjNextStep.CONVERT_AT_PROVINCIAL_OFFICE : HajjNextStep.STABILISE;
      if (receipt.status !== ReceiptStatus.ACTIVE || next.nextStep !== wanted)
        throw new HajjInvalidTransitionError(`${receipt.status}:${next.nextStep}`, `REFER_FOR_${input.purpose}`);
      const branchCode = input.branchCode.trim().toUpperCase();
      await manager.update(
        HajjDepositReceipt,
        { id: receipt.id },
        { status: ReceiptStatus.REFERRED_TO_BANK, referral: input.purpose, referredBranchCode: branchCode },
      );
      await this.event(
        manager,
        actor,
        receipt,
        input.purpose === ReferralPurpose.CONVERSION ? ReceiptEventKind.CONVERSION_REFERRED : ReceiptEventKind.STABILISATION_REFERRED,
        null,
        { branchCode },
      );
      return 'hajj.receipt.refer';
    });
  }

  /**
   * The bank converts: a 1360/1363 document the provincial office referred to this branch (rule
   * 2), or an 8M document at any branch of the province, with the subsidy (rule 3) or the interest
   * accrued (rule 4); the difference paid is recorded with the new receipt's history.
   */
  convert(ctx: Ctx, actor: HajjActor, input: HajjIssueReceiptInput): Promise<HajjReceiptView> {
    return this.issue(ctx, actor, input, 'CONVERT');
  }

  /** The bank stabilises a receipt the provincial office referred to this branch (rule 5). */
  stabilise(ctx: Ctx, actor: HajjActor, input: HajjIssueReceiptInput): Promise<HajjReceiptView> {
    return this.issue(ctx, actor, input, 'STABILISE');
  }

  /** The bank reissues a transferred receipt in the receiver's name (rule 14). */
  reissue(ctx: Ctx, actor: HajjActor, input: HajjIssueReceiptInput): Promise<HajjReceiptView> {
    return this.issue(ctx, actor, input, 'REISSUE');
  }

  /**
   * A pilgrimage-services office records a notarial transfer (rule 14): from then on the giver can
   * no longer register with the receipt, and the receiver only once the bank has reissued it.
   */
  async recordTransfer(ctx: Ctx, actor: HajjActor, input: HajjRecordTransferInput): Promise<HajjReceiptView> {
    assertAllowed(mayRecordTransfer(actor), 'Transfers are recorded by a pilgrimage-services office');
    const giver = normalizedNationalId(input.giverNationalId);
    const receiverId = normalizedNationalId(input.receiver.nationalId);
    if (!giver) throw new BadInputError('input.giverNationalId', 'Not a valid national ID');
    if (!receiverId) throw new BadInputError('input.receiver.nationalId', 'Not a valid national ID');
    if (receiverId === giver) throw new BadInputError('input.receiver.nationalId', 'The receiver must be another person');
    return this.step(ctx, actor, input.receiptNumber, async (manager, receipt, season) => {
      // The giver named must be the holder; the same answer as an unknown receipt otherwise.
      if (receipt.nationalId !== giver) throw new NotFoundError('The receipt');
      if (receipt.status !== ReceiptStatus.ACTIVE) throw new HajjInvalidTransitionError(receipt.status, 'TRANSFER');
      const province = normalizeProvince(input.receiver.province);
      if (!(await new SeasonReader(manager).province(season.id, province)))
        throw new BadInputError('input.receiver.province', 'Not a province of the active season');
      const [seat] = await rows<{ tracking_code: string }>(
        manager,
        `SELECT tracking_code FROM hajj_registration WHERE receipt_id = $1 AND status IN ('HELD', 'CONFIRMED', 'PAID')`,
        [receipt.id],
      );
      if (seat) throw new AlreadyRegisteredError(seat.tracking_code);
      await manager.insert(HajjTransfer, {
        receiptId: receipt.id,
        giverNationalId: giver,
        receiverNationalId: receiverId,
        receiverFirstName: input.receiver.firstName.trim(),
        receiverLastName: input.receiver.lastName.trim(),
        receiverBirthDate: input.receiver.birthDate,
        receiverMobile: input.receiver.mobile.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))),
        receiverProvince: province,
        relation: input.relation,
        deedNumber: input.deedNumber,
        deedDate: input.deedDate,
        recordedBy: actor.userId,
        organisationUnitId: await this.unitId(manager, actor),
      });
      await manager.update(HajjDepositReceipt, { id: receipt.id }, { status: ReceiptStatus.TRANSFER_RECORDED });
      await this.event(manager, actor, receipt, ReceiptEventKind.TRANSFER_RECORDED, null, {
        relation: input.relation,
        deedNumber: input.deedNumber,
        deedDate: input.deedDate,
        receiverProvince: province,
      });
      return 'hajj.receipt.transfer';
    });
  }

  private async issue(ctx: Ctx, actor: HajjActor, input: HajjIssueReceiptInput, how: Issue): Promise<HajjReceiptView> {
    const newNumber = normalizeReceiptNumber(input.newReceiptNumber);
    return this.step(ctx, actor, input.receiptNumber, async (manager, receipt, season) => {
      const referred = receipt.status === ReceiptStatus.REFERRED_TO_BANK;
      assertAllowed(
        mayIssueAtBank(actor, receipt, referred),
        referred
          ? 'The provincial office referred this receipt to another branch'
          : 'Only a branch of the holder’s province issues this receipt',
      );
      const next = await nextFor(manager, season, receipt);
      const fields: Partial<HajjDepositReceipt> = {};
      let details: Record<string, unknown> = {};
      if (how === 'CONVERT') {
        const byOffice =
          referred && receipt.referral === ReferralPurpose.CONVERSION && next.nextStep === HajjNextStep.CONVERT_AT_PROVINCIAL_OFFICE;
        const direct =
          receipt.status === ReceiptStatus.ACTIVE &&
          (next.nextStep === HajjNextStep.CONVERT_WITH_SUBSIDY || next.nextStep === HajjNextStep.CONVERT_WITH_INTEREST);
        if (!byOffice && !direct) throw new HajjInvalidTransitionError(`${receipt.status}:${next.nextStep}`, 'CONVERT');
        fields.kind = ReceiptKind.DEPOSIT_10M;
        fields.amountRials = season.depositRials;
        const amounts = next.amounts!;
        details = {
          convertedFrom: receipt.kind,
          amountRials: amounts.amountRials.toString(),
          subsidyRials: amounts.subsidyRials.toString(),
          interestRials: amounts.interestRials.toString(),
          interestDays: amounts.interestDays,
          differencePaidRials: amounts.differenceRials.toString(),
        };
      } else if (how === 'STABILISE') {
        if (!referred || receipt.referral !== ReferralPurpose.STABILISATION)
          throw new HajjInvalidTransitionError(receipt.status, 'STABILISE');
        fields.acceptedBeforeNotGone = false;
      } else {
        if (receipt.status !== ReceiptStatus.TRANSFER_RECORDED) throw new HajjInvalidTransitionError(receipt.status, 'REISSUE');
        const transfer = await manager.findOneByOrFail(HajjTransfer, { receiptId: receipt.id, reissuedReceiptId: IsNull() });
        Object.assign(fields, {
          nationalId: transfer.receiverNationalId,
          firstName: transfer.receiverFirstName,
          lastName: transfer.receiverLastName,
          birthDate: transfer.receiverBirthDate,
          mobile: transfer.receiverMobile,
          province: transfer.receiverProvince,
        });
        details = { transferId: transfer.id, relation: transfer.relation, deedNumber: transfer.deedNumber };
      }
      if (await manager.existsBy(HajjDepositReceipt, { receiptNumber: newNumber })) throw new ReceiptNumberTakenError();
      const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...kept } = receipt;
      const issued = await manager.save(HajjDepositReceipt, {
        ...kept,
        ...fields,
        receiptNumber: newNumber,
        branchCode: actor.unitCode,
        status: ReceiptStatus.ACTIVE,
        referral: null,
        referredBranchCode: null,
        predecessorId: receipt.id,
        successorId: null,
      });
      await manager.update(HajjDepositReceipt, { id: receipt.id }, { status: ReceiptStatus.SUPERSEDED, successorId: issued.id });
      if (how === 'REISSUE')
        await manager.query(
          `UPDATE hajj_transfer SET reissued_receipt_id = $2, reissued_at = now() WHERE receipt_id = $1 AND reissued_receipt_id IS NULL`,
          [receipt.id, issued.id],
        );
      await this.event(manager, actor, receipt, ISSUED_EVENT[how], newNumber, details);
      return `hajj.receipt.${how.toLowerCase()}`;
    });
  }

  /**
   * One office step: the living receipt of the number, locked; `work` checks and changes it and
   * answers the audit action; the answer is the receipt as it stands after the step.
   */
  private async step(
    ctx: Ctx,
    actor: HajjActor,
    receiptNumber: string,
    work: (manager: EntityManager, receipt: HajjDepositReceipt, season: HajjSeason) => Promise<string>,
  ): Promise<HajjReceiptView> {
    const { action, id } = await this.dataSource.transaction(async (manager) => {
      const season = await new SeasonReader(manager).requireActive();
      const found = await this.living(manager, receiptNumber);
      if (!found || !canSeeReceipt(actor, found)) throw new NotFoundError('The receipt');
      const [locked] = await rows<{ successor_id: string | null }>(
        manager,
        'SELECT successor_id FROM hajj_deposit_receipt WHERE id = $1 FOR UPDATE',
        [found.id],
      );
      // Superseded while we looked: someone issued a new receipt in the meantime.
      if (locked!.successor_id !== null) throw new HajjInvalidTransitionError(ReceiptStatus.SUPERSEDED, 'STEP');
      const receipt = await manager.findOneByOrFail(HajjDepositReceipt, { id: found.id });
      return { action: await work(manager, receipt, season), id: receipt.id };
    });
    await this.audit.record(ctx, { action, outcome: AuditOutcome.SUCCESS, targetType: 'hajj_deposit_receipt', targetId: id });
    const after = await this.dataSource.manager.findOneByOrFail(HajjDepositReceipt, { id });
    const living = after.successorId ? await this.dataSource.manager.findOneByOrFail(HajjDepositReceipt, { id: after.successorId }) : after;
    return this.view(this.dataSource.manager, living);
  }

  /** The living receipt of the chain a number belongs to (or null). */
  private async living(manager: EntityManager, receiptNumber: string): Promise<HajjDepositReceipt | null> {
    const [row] = await rows<{ id: string }>(
      manager,
      `WITH RECURSIVE chain AS (
         SELECT id, successor_id, 0 AS depth FROM hajj_deposit_receipt WHERE receipt_number = $1
         UNION ALL
         SELECT n.id, n.successor_id, c.depth + 1 FROM hajj_deposit_receipt n JOIN chain c ON n.id = c.successor_id WHERE c.depth < 50)
       SELECT id FROM chain ORDER BY depth DESC LIMIT 1`,
      [normalizeReceiptNumber(receiptNumber)],
    );
    return row ? manager.findOneBy(HajjDepositReceipt, { id: row.id }) : null;
  }

  private async view(manager: EntityManager, receipt: HajjDepositReceipt): Promise<HajjReceiptView> {
    const season = await new SeasonReader(manager).active();
    const next = season ? await nextFor(manager, season, receipt) : null;
    const earlier = await rows<{ receipt_number: string }>(
      manager,
      `WITH RECURSIVE chain AS (
         SELECT id, predecessor_id, receipt_number, 0 AS depth FROM hajj_deposit_receipt WHERE id = $1
         UNION ALL
         SELECT p.id, p.predecessor_id, p.receipt_number, c.depth + 1 FROM hajj_deposit_receipt p JOIN chain c ON p.id = c.predecessor_id WHERE c.depth < 50)
       SELECT receipt_number FROM chain WHERE depth > 0 ORDER BY depth DESC`,
      [receipt.id],
    );
    const history = await rows<{
      id: string;
      kind: ReceiptEventKind;
      original_receipt_number: string;
      receipt_number: string;
      new_receipt_number: string | null;
      actor_role: string | null;
      actor_name: string | null;
      office_code: string | null;
      at: Date;
      details: Record<string, unknown>;
    }>(
      manager,
      `SELECT e.id, e.kind, e.original_receipt_number, e.receipt_number, e.new_receipt_number, e.actor_role, e.office_code, e.at, e.details,
              NULLIF(trim(concat(u.first_name, ' ', u.last_name)), '') AS actor_name
         FROM hajj_receipt_event e LEFT JOIN user_account u ON u.id = e.actor_user_id
        WHERE e.original_receipt_number = $1 ORDER BY e.at, e.id LIMIT 200`,
      [receipt.originalReceiptNumber],
    );
    const transfers = await rows<{
      id: string;
      giver_national_id: string;
      receiver_national_id: string;
      receiver_first_name: string;
      receiver_last_name: string;
      receiver_province: string;
      relation: HajjTransfer['relation'];
      deed_number: string;
      deed_date: string;
      recorded_at: Date;
      reissued: string | null;
    }>(
      manager,
      `SELECT t.id, t.giver_national_id, t.receiver_national_id, t.receiver_first_name, t.receiver_last_name, t.receiver_province, t.relation, t.deed_number,
              t.deed_date::text AS deed_date, t.recorded_at, n.receipt_number AS reissued
         FROM hajj_transfer t JOIN hajj_deposit_receipt r ON r.id = t.receipt_id LEFT JOIN hajj_deposit_receipt n ON n.id = t.reissued_receipt_id
        WHERE r.original_receipt_number = $1 ORDER BY t.recorded_at LIMIT 50`,
      [receipt.originalReceiptNumber],
    );
    return {
      id: receipt.id,
      receiptNumber: receipt.receiptNumber,
      originalReceiptNumber: receipt.originalReceiptNumber,
      nationalId: receipt.nationalId,
      firstName: receipt.firstName,
      lastName: receipt.lastName,
      birthDate: receipt.birthDate,
      mobile: receipt.mobile,
      province: receipt.province,
      kind: receipt.kind,
      amountRials: receipt.amountRials,
      depositDate: receipt.depositDate,
      branchCode: receipt.branchCode,
      acceptedBeforeNotGone: receipt.acceptedBeforeNotGone,
      status: receipt.status,
      referral: receipt.referral,
      referredBranchCode: receipt.referredBranchCode,
      nextStep: next?.nextStep ?? HajjNextStep.NOT_ELIGIBLE,
      office: next?.office ?? null,
      amounts: next?.amounts
        ? {
            amountRials: next.amounts.amountRials.toString(),
            targetRials: next.amounts.targetRials.toString(),
            subsidyRials: next.amounts.subsidyRials.toString(),
            interestRials: next.amounts.interestRials.toString(),
            interestDays: next.amounts.interestDays,
            differenceRials: next.amounts.differenceRials.toString(),
          }
        : null,
      earlierReceiptNumbers: earlier.map((r) => r.receipt_number),
      history: history.map((e) => ({
        id: e.id,
        kind: e.kind,
        originalReceiptNumber: e.original_receipt_number,
        receiptNumber: e.receipt_number,
        newReceiptNumber: e.new_receipt_number,
        actorRole: e.actor_role,
        actorName: e.actor_name,
        officeCode: e.office_code,
        at: e.at,
        details: Object.keys(e.details ?? {}).length > 0 ? JSON.stringify(e.details) : null,
      })),
      transfers: transfers.map((t) => ({
        id: t.id,
        giverNationalId: t.giver_national_id.trim(),
        receiverNationalId: t.receiver_national_id.trim(),
        receiverName: `${t.receiver_first_name} ${t.receiver_last_name}`,
        receiverProvince: t.receiver_province,
        relation: t.relation,
        deedNumber: t.deed_number,
        deedDate: t.deed_date,
        recordedAt: t.recorded_at,
        reissuedReceiptNumber: t.reissued,
      })),
    };
  }

  private async event(
    manager: EntityManager,
    actor: HajjActor,
    receipt: HajjDepositReceipt,
    kind: ReceiptEventKind,
    newReceiptNumber: string | null,
    details: Record<string, unknown>,
  ): Promise<void> {
    await manager.insert(HajjReceiptEvent, {
      originalReceiptNumber: receipt.originalReceiptNumber,
      receiptId: receipt.id,
      receiptNumber: receipt.receiptNumber,
      kind,
      newReceiptNumber,
      actorUserId: actor.userId,
      actorRole: actor.role,
      organisationUnitId: await this.unitId(manager, actor),
      officeCode: actor.unitCode || null,
      details: details as QueryDeepPartialEntity<HajjReceiptEvent>['details'],
    });
  }

  private async unitId(manager: EntityManager, actor: HajjActor): Promise<string> {
    const [row] = await rows<{ id: string }>(manager, 'SELECT id FROM organisation_unit WHERE code = $1', [actor.unitCode]);
    return row?.id ?? '00000000-0000-0000-0000-000000000000';
  }
}

/** What next for a receipt's holder (the staff view of the public answer). */
async function nextFor(manager: EntityManager, season: HajjSeason, receipt: HajjDepositReceipt): Promise<WhatNext> {
  const province = await new SeasonReader(manager).province(season.id, receipt.province);
  const [seat] = await rows<{ id: string }>(
    manager,
    `SELECT id FROM hajj_registration WHERE season_id = $1 AND national_id = $2 AND (status IN ('CONFIRMED', 'PAID') OR (status = 'HELD' AND hold_expires_at > clock_timestamp()))`,
    [season.id, receipt.nationalId],
  );
  return whatNext(
    {
      kind: receipt.kind,
      amountRials: BigInt(receipt.amountRials),
      depositDate: receipt.depositDate,
      acceptedBeforeNotGone: receipt.acceptedBeforeNotGone,
      status: receipt.status,
      referral: receipt.referral,
      referredBranchCode: receipt.referredBranchCode,
      branchCode: receipt.branchCode,
    },
    'HOLDER',
    seasonTerms(season),
    province?.invitedDepositsUntil ?? null,
    seat !== undefined,
    tehranToday(),
  );
}
