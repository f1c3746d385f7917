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
import { ActiveSeasonCache } from '../season/active-season-cache';
import { seasonTerms, type ProvinceTerms } from '../season/season.service';
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
  season: Readonly<HajjSeason>;
  matched: MatchedReceipt;
  province: ProvinceTerms | null;
  next: WhatNext;
  registration: HajjOwnRegistrationView | null;
}

/** A registration holds its seat (an expired hold no longer counts), for the views of the holder's own seat. */
const OWN_SEAT = `r.status IN ('HELD', 'CONFIRMED', 'PAID') AND (r.status IN ('CONFIRMED', 'PAID') OR r.hold_expires_at > now())`;

interface OwnRegistrationRow {
  tracking_code: string;
  status: RegistrationStatus;
  hold_expires_at: Date | null;
  caravan_id: string;
  caravan_code: string;
}

const ownView = (row: OwnRegistrationRow): HajjOwnRegistrationView => ({
  trackingCode: row.tracking_code,
  status: row.status,
  holdExpiresAt: row.hold_expires_at,
  caravan: { id: row.caravan_id, code: row.caravan_code },
});

/** The holder's seat this season, if he holds one (an expired hold no longer counts). */
export async function ownRegistration(
  manager: EntityManager,
  seasonId: string,
  nationalId: string,
): Promise<HajjOwnRegistrationView | null> {
  const [row] = await rows<OwnRegistrationRow>(
    manager,
    `SELECT r.tracking_code, r.status, r.hold_expires_at, c.id AS caravan_id, c.code AS caravan_code
       FROM hajj_registration r JOIN hajj_caravan c ON c.id = r.caravan_id
      WHERE r.season_id = $1 AND r.national_id = $2 AND ${OWN_SEAT}`,
    [seasonId, nationalId],
  );
  return row ? ownView(row) : null;
}

/**
 * In one statement: a province's terms in the season (its group's times, its cut-off; null when it
 * is not one of the season's) and, when `nationalId` is given, that person's seat this season.
 */
export async function provinceAndOwnRegistration(
  manager: EntityManager,
  seasonId: string,
  province: string,
  nationalId: string | null,
): Promise<{ province: ProvinceTerms | null; registration: HajjOwnRegistrationView | null }> {
  const [row] = await rows<
    { province: string | null; group_name: string; announced_on: string; admission_opens_at: Date; invited_deposits_until: string } & {
      [K in keyof OwnRegistrationRow]: OwnRegistrationRow[K] | null;
    }
  >(
    manager,
    `SELECT p.province, p.group_name, p.announced_on, p.admission_opens_at, p.invited_deposits_until,
            own.tracking_code, own.status, own.hold_expires_at, own.caravan_id, own.caravan_code
       FROM (SELECT 1) AS one
       LEFT JOIN LATERAL (
         SELECT p.province, g.name AS group_name, g.announced_on::text AS announced_on, g.admission_opens_at,
                p.invited_deposits_until::text AS invited_deposits_until
           FROM hajj_province p JOIN hajj_province_group g ON g.id = p.group_id
          WHERE p.season_id = $1 AND p.province = $2) AS p ON true
       LEFT JOIN LATERAL (
         SELECT r.tracking_code, r.status, r.hold_expires_at, c.id AS caravan_id, c.code AS caravan_code
           FROM hajj_registration r JOIN hajj_caravan c ON c.id = r.caravan_id
          WHERE r.season_id = $1 AND r.national_id = $3::bpchar AND ${OWN_SEAT}
          LIMIT 1) AS own ON true`,
    [seasonId, province, nationalId],
  );
  // One row always (the provinces and the seat are left-joined to it); null columns where none was found.
  return {
    province:
      row && row.province !== null
        ? {
            province: row.province,
            groupName: row.group_name,
            announcedOn: row.announced_on,
            admissionOpensAt: new Date(row.admission_opens_at),
            invitedDepositsUntil: row.invited_deposits_until,
          }
        : null,
    registration: row && row.tracking_code !== null ? ownView(row as OwnRegistrationRow) : null,
  };
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
    const season = await ActiveSeasonCache.of(this.dataSource).requireActive();
    const nationalId = normalizedNationalId(proof.nationalId);
    const matched = nationalId
      ? await matchReceipt(manager, normalizeReceiptNumber(proof.receiptNumber), nationalId, proof.birthDate)
      : null;
    if (!matched || !nationalId) {
      await this.audit.record(ctx, { action, outcome: AuditOutcome.FAILURE, code: 'RECEIPT_NOT_MATCHED', subjectNationalId: nationalId });
      throw new ReceiptNotMatchedError();
    }
    const { province, registration } = await provinceAndOwnRegistration(
      manager,
      season.id,
      matched.receipt.province,
      matched.asker === 'HOLDER' ? nationalId : null,
    );
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
