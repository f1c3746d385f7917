import type { DataSource, EntityManager } from 'typeorm';

import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../../platform/graphql/context';
import { tehranToday } from '../../../platform/time/tehran-date';
import { ReceiptNotMatchedError } from '../hajj.errors';
import { RegistrationStatus } from '../hajj.enums';
import { normalizedNationalId, type HajjPublicGate } from '../hajj-public-gate';
import { rows } from '../queryable';
import type { HajjSeason } from '../season/season.entity';
import { SeasonReader, seasonTerms, type ProvinceTerms } from '../season/season.service';
import { normalizeReceiptNumber } from './receipt-file';
import { matchReceipt, type MatchedReceipt } from './receipt-lookup';
import { whatNext, type WhatNext } from './receipt-rules';
import type { HajjOwnRegistrationView, HajjReceiptStatusView } from './receipt-status.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** What the holder proves: his national ID, the receipt number and his birth date (ISO). */
export interface ReceiptProof {
  nationalId: string;
  receiptNumber: string;
  birthDate: string;
}

/** A receipt matched and judged against the active season. */
export interface ReceiptEvaluation {
  season: HajjSeason;
  matched: MatchedReceipt;
  province: ProvinceTerms | null;
  next: WhatNext;
  registration: HajjOwnRegistrationView | null;
}

/** The holder's seat this season, if he holds one (an expired hold no longer counts). */
export async function ownRegistration(
  manager: EntityManager,
  seasonId: string,
  nationalId: string,
): Promise<HajjOwnRegistrationView | null> {
  const [row] = await rows<{
    tracking_code: string;
    status: RegistrationStatus;
    hold_expires_at: Date | null;
    caravan_id: string;
    caravan_code: string;
  }>(
    manager,
    `SELECT r.tracking_code, r.status, r.hold_expires_at, c.id AS caravan_id, c.code AS caravan_code
       FROM hajj_registration r JOIN hajj_caravan c ON c.id = r.caravan_id
      WHERE r.season_id = $1 AND r.national_id = $2
        AND (r.status IN ('CONFIRMED', 'PAID') OR (r.status = 'HELD' AND r.hold_expires_at > now()))`,
    [seasonId, nationalId],
  );
  return row
    ? {
        trackingCode: row.tracking_code,
        status: row.status,
        holdExpiresAt: row.hold_expires_at,
        caravan: { id: row.caravan_id, code: row.caravan_code },
      }
    : null;
}

/**
 * Seed 004 rules 1–6 and 14 for the holder himself: `hajjReceiptStatus` answers what he does
 * next, with the amounts and the office. The public gate (rate limits, captcha) comes first; any
 * mismatch — unknown receipt, wrong national ID, wrong birth date — gets the one answer
 * RECEIPT_NOT_MATCHED, after the same lookup.
 */
export class ReceiptStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: HajjPublicGate,
    private readonly audit: AuditLog,
  ) {}

  async status(ctx: Ctx, proof: ReceiptProof & { captchaId: string; captchaAnswer: string }): Promise<HajjReceiptStatusView> {
    await this.gate.pass(ctx, proof.nationalId, proof.captchaId, proof.captchaAnswer);
    const evaluation = await this.evaluate(ctx, this.dataSource.manager, proof, 'hajj.receipt.status');
    return describe(evaluation);
  }

  /** Matches the proof and judges the receipt (shared with pre-registration and in-person registration). */
  async evaluate(ctx: Ctx, manager: EntityManager, proof: ReceiptProof, action: string): Promise<ReceiptEvaluation> {
    const seasons = new SeasonReader(manager);
    const season = await seasons.requireActive();
    const nationalId = normalizedNationalId(proof.nationalId);
    const matched = nationalId
      ? await matchReceipt(manager, normalizeReceiptNumber(proof.receiptNumber), nationalId, proof.birthDate)
      : null;
    if (!matched || !nationalId) {
      await this.audit.record(ctx, { action, outcome: AuditOutcome.FAILURE, code: 'RECEIPT_NOT_MATCHED', subjectNationalId: nationalId });
      throw new ReceiptNotMatchedError();
    }
    const province = await seasons.province(season.id, matched.receipt.province);
    const registration = matched.asker === 'HOLDER' ? await ownRegistration(manager, season.id, nationalId) : null;
    const next = whatNext(
      {
        kind: matched.receipt.kind,
        amountRials: BigInt(matched.receipt.amountRials),
        depositDate: matched.receipt.depositDate,
        acceptedBeforeNotGone: matched.receipt.acceptedBeforeNotGone,
        status: matched.receipt.status,
        referral: matched.receipt.referral,
        referredBranchCode: matched.receipt.referredBranchCode,
        branchCode: matched.receipt.branchCode,
      },
      matched.asker,
      seasonTerms(season),
      province?.invitedDepositsUntil ?? null,
      registration !== null,
      tehranToday(),
    );
    return { season, matched, province, next, registration };
  }
}

/** The public answer: what next, about the asker's own receipt only. */
export function describe({ matched, province, next, registration }: ReceiptEvaluation): HajjReceiptStatusView {
  const { receipt } = matched;
  return {
    nextStep: next.nextStep,
    notEligibleReason: next.reason,
    receiptNumber: receipt.receiptNumber,
    originalReceiptNumber: receipt.originalReceiptNumber,
    holderName: matched.askerName,
    kind: receipt.kind,
    amountRials: receipt.amountRials,
    depositDate: receipt.depositDate,
    province: receipt.province,
    office: next.office,
    amounts: next.amounts && {
      amountRials: next.amounts.amountRials.toString(),
      targetRials: next.amounts.targetRials.toString(),
      subsidyRials: next.amounts.subsidyRials.toString(),
      interestRials: next.amounts.interestRials.toString(),
      interestDays: next.amounts.interestDays,
      differenceRials: next.amounts.differenceRials.toString(),
    },
    invitedDepositsUntil: next.invitedDepositsUntil,
    admissionOpensAt: province?.admissionOpensAt ?? null,
    registration,
  };
}
