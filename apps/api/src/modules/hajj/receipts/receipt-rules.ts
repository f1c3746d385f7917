import { daysBetween } from '../../../platform/time/tehran-date';
import { jalali, jalaliYearOf } from '../hajj-dates';
import {
  HajjNextStep,
  HajjOfficeKind,
  InterestFormula,
  NotEligibleReason,
  ReceiptKind,
  ReceiptStatus,
  ReferralPurpose,
} from '../hajj.enums';

/** Seed 004 rule 2: the amounts of the 1360 and 1363 documents that may be converted. */
export const LEGACY_DOCUMENT_RIALS: readonly bigint[] = [180_000n, 200_000n, 250_000n, 270_000n];
/** Seed 004 rules 3–4: the 8-million-rial documents. */
export const DOC_8M_RIALS = 8_000_000n;
/** Rule 3: 8M documents of 1377 up to 1378/01/31 convert with the subsidy… */
export const SUBSIDY_FROM = jalali('1377-01-01');
export const SUBSIDY_UNTIL = jalali('1378-01-31');
/** …rule 4: those from 1378/02/01 to 1378/12/29 convert with the interest accrued on them. */
export const INTEREST_FROM = jalali('1378-02-01');
export const INTEREST_UNTIL = jalali('1378-12-29');

/** What a season says about receipts (season settings; rials are whole numbers). */
export interface SeasonTerms {
  /** Rule 1: 10M deposits up to this day are eligible (ISO). */
  eligibleDepositUntil: string;
  /** The receipt every document converts into (10,000,000 rials). */
  depositRials: bigint;
  /** Rule 3's subsidy (3,000,000 rials). */
  subsidyRials: bigint;
  /** Rule 4's yearly interest rate, in hundredths of a percent (1200 = 12 %). */
  interestRateBasisPoints: number;
  interestFormula: InterestFormula;
  /** The day interest is counted to (ISO); null: the day of the conversion (today). */
  interestUntil: string | null;
}

/** The receipt as the rules see it. */
export interface ReceiptFacts {
  kind: ReceiptKind;
  amountRials: bigint;
  /** ISO date. */
  depositDate: string;
  acceptedBeforeNotGone: boolean;
  status: ReceiptStatus;
  referral: ReferralPurpose | null;
  referredBranchCode: string | null;
  branchCode: string;
}

/**
 * Who asks: the holder; the receiver a recorded (not yet reissued) transfer names; or someone who
 * held the receipt before it was transferred and reissued to another.
 */
export type Asker = 'HOLDER' | 'TRANSFER_RECEIVER' | 'FORMER_HOLDER';

export interface ReceiptAmounts {
  /** What the document holds. */
  amountRials: bigint;
  /** What it converts into. */
  targetRials: bigint;
  subsidyRials: bigint;
  interestRials: bigint;
  /** Days the interest ran. */
  interestDays: number;
  /** What the holder pays at the bank to reach the target: never below zero. */
  differenceRials: bigint;
}

export interface WhatNext {
  nextStep: HajjNextStep;
  reason: NotEligibleReason | null;
  office: { kind: HajjOfficeKind; branchCode: string | null } | null;
  /** For NOT_INVITED_YET: deposits up to this day (ISO) are invited now; null when the province has no schedule. */
  invitedDepositsUntil: string | null;
  amounts: ReceiptAmounts | null;
}

const step = (nextStep: HajjNextStep, rest: Partial<WhatNext> = {}): WhatNext => ({
  nextStep,
  reason: null,
  office: null,
  invitedDepositsUntil: null,
  amounts: null,
  ...rest,
});
const notEligible = (reason: NotEligibleReason) => step(HajjNextStep.NOT_ELIGIBLE, { reason });
const office = (kind: HajjOfficeKind, branchCode: string | null = null) => ({ kind, branchCode });

/**
 * Interest accrued on `amount` over `days` at `basisPoints` a year, rounded down to a whole rial
 * (SIMPLE: amount × rate × days / 365; COMPOUND_ANNUAL: each whole year's interest, rounded down,
 * is added to the balance, then the remaining days simply). Exact integer arithmetic.
 */
export function accruedInterest(amount: bigint, basisPoints: number, days: number, formula: InterestFormula): bigint {
  if (days <= 0 || basisPoints <= 0) return 0n;
  const rate = BigInt(basisPoints);
  if (formula === InterestFormula.SIMPLE) return (amount * rate * BigInt(days)) / (10_000n * 365n);
  let balance = amount;
  for (let year = 0; year < Math.floor(days / 365); year += 1) balance += (balance * rate) / 10_000n;
  balance += (balance * rate * BigInt(days % 365)) / (10_000n * 365n);
  return balance - amount;
}

function conversionAmounts(amount: bigint, terms: SeasonTerms, subsidy: bigint, interest: bigint, interestDays: number): ReceiptAmounts {
  const owed = terms.depositRials - amount - subsidy - interest;
  return {
    amountRials: amount,
    targetRials: terms.depositRials,
    subsidyRials: subsidy,
    interestRials: interest,
    interestDays,
    differenceRials: owed > 0n ? owed : 0n,
  };
}

/**
 * What the holder of a receipt does next, by seed 004:
 * 1. a 10M deposit up to the season's cut-off, in the holder's name, registers directly (once the
 *    province's invitation reaches its deposit date);
 * 2. 1360 and 1363 documents of 180,000, 200,000, 250,000 or 270,000 rials convert at the
 *    provincial office, then at the bank branch it names;
 * 3. 8M documents of 1377 up to 1378/01/31 convert at a Bank Melli branch with the subsidy;
 * 4. 8M documents from 1378/02/01 to 1378/12/29 convert there with the interest accrued;
 * 5. a receipt accepted by a caravan in an earlier year whose holder did not go is stabilised first;
 * 6. (conversions are endorsed by the bank — see the receipt's history);
 * 14. a transferred receipt is recorded by a pilgrimage-services office, then reissued by the bank
 *    in the receiver's name; until then neither the giver nor the receiver registers with it.
 * `registered`: the holder holds a seat this season. `invitedDepositsUntil`: the holder's province's
 * current invitation cut-off (null when the province has none). `today`: Tehran's ISO date.
 */
export function whatNext(
  receipt: ReceiptFacts,
  asker: Asker,
  terms: SeasonTerms,
  invitedDepositsUntil: string | null,
  registered: boolean,
  today: string,
): WhatNext {
  if (receipt.status === ReceiptStatus.TRANSFER_RECORDED) {
    return asker === 'TRANSFER_RECEIVER'
      ? step(HajjNextStep.COMPLETE_TRANSFER, { office: office(HajjOfficeKind.BANK_BRANCH, receipt.branchCode) })
      : notEligible(NotEligibleReason.TRANSFERRED);
  }
  if (asker !== 'HOLDER') return notEligible(NotEligibleReason.TRANSFERRED);
  if (registered) return step(HajjNextStep.REGISTERED, { office: office(HajjOfficeKind.CARAVAN) });
  const atBank = receipt.status === ReceiptStatus.REFERRED_TO_BANK;
  switch (receipt.kind) {
    case ReceiptKind.DOC_1360:
    case ReceiptKind.DOC_1363: {
      const year = receipt.kind === ReceiptKind.DOC_1360 ? 1360 : 1363;
      if (jalaliYearOf(receipt.depositDate) !== year) return notEligible(NotEligibleReason.DATE_NOT_ELIGIBLE);
      if (!LEGACY_DOCUMENT_RIALS.includes(receipt.amountRials)) return notEligible(NotEligibleReason.AMOUNT_NOT_ELIGIBLE);
      return step(HajjNextStep.CONVERT_AT_PROVINCIAL_OFFICE, {
        office: atBank ? office(HajjOfficeKind.BANK_BRANCH, receipt.referredBranchCode) : office(HajjOfficeKind.PROVINCIAL_HAJJ_OFFICE),
        amounts: conversionAmounts(receipt.amountRials, terms, 0n, 0n, 0),
      });
    }
    case ReceiptKind.DOC_8M: {
      if (receipt.amountRials !== DOC_8M_RIALS) return notEligible(NotEligibleReason.AMOUNT_NOT_ELIGIBLE);
      const date = receipt.depositDate;
      if (date >= SUBSIDY_FROM && date <= SUBSIDY_UNTIL) {
        return step(HajjNextStep.CONVERT_WITH_SUBSIDY, {
          office: office(HajjOfficeKind.BANK_BRANCH),
          amounts: conversionAmounts(receipt.amountRials, terms, terms.subsidyRials, 0n, 0),
        });
      }
      if (date >= INTEREST_FROM && date <= INTEREST_UNTIL) {
        const days = Math.max(0, daysBetween(date, terms.interestUntil ?? today));
        const interest = accruedInterest(receipt.amountRials, terms.interestRateBasisPoints, days, terms.interestFormula);
        return step(HajjNextStep.CONVERT_WITH_INTEREST, {
          office: office(HajjOfficeKind.BANK_BRANCH),
          amounts: conversionAmounts(receipt.amountRials, terms, 0n, interest, days),
        });
      }
      return notEligible(NotEligibleReason.DATE_NOT_ELIGIBLE);
    }
    case ReceiptKind.DEPOSIT_10M: {
      if (receipt.amountRials !== terms.depositRials) return notEligible(NotEligibleReason.AMOUNT_NOT_ELIGIBLE);
      if (receipt.depositDate > terms.eligibleDepositUntil) return notEligible(NotEligibleReason.DEPOSIT_AFTER_CUTOFF);
      if (receipt.acceptedBeforeNotGone) {
        return step(HajjNextStep.STABILISE, {
          office: atBank ? office(HajjOfficeKind.BANK_BRANCH, receipt.referredBranchCode) : office(HajjOfficeKind.PROVINCIAL_HAJJ_OFFICE),
        });
      }
      if (invitedDepositsUntil === null || receipt.depositDate > invitedDepositsUntil)
        return step(HajjNextStep.NOT_INVITED_YET, { invitedDepositsUntil });
      return step(HajjNextStep.REGISTER, { office: office(HajjOfficeKind.CARAVAN) });
    }
  }
}
