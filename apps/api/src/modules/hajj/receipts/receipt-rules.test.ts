import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/time/tehran-date';
import { jalali } from '../hajj-dates';
import {
  HajjNextStep,
  HajjOfficeKind,
  InterestFormula,
  NotEligibleReason,
  ReceiptKind,
  ReceiptStatus,
  ReferralPurpose,
} from '../hajj.enums';
import { accruedInterest, whatNext, type ReceiptFacts, type SeasonTerms } from './receipt-rules';

const TERMS: SeasonTerms = {
  eligibleDepositUntil: jalali('1384-10-20'),
  depositRials: 10_000_000n,
  subsidyRials: 3_000_000n,
  interestRateBasisPoints: 1200,
  interestFormula: InterestFormula.SIMPLE,
  interestUntil: null,
};
const TODAY = '2026-11-30';
const INVITED = jalali('1384-10-20');

const receipt = (overrides: Partial<ReceiptFacts>): ReceiptFacts => ({
  kind: ReceiptKind.DEPOSIT_10M,
  amountRials: 10_000_000n,
  depositDate: jalali('1380-05-01'),
  acceptedBeforeNotGone: false,
  status: ReceiptStatus.ACTIVE,
  referral: null,
  referredBranchCode: null,
  branchCode: 'BMI-4310',
  ...overrides,
});
const next = (
  facts: Partial<ReceiptFacts>,
  options: {
    invited?: string | null;
    registered?: boolean;
    terms?: Partial<SeasonTerms>;
    asker?: 'HOLDER' | 'TRANSFER_RECEIVER' | 'FORMER_HOLDER';
  } = {},
) =>
  whatNext(
    receipt(facts),
    options.asker ?? 'HOLDER',
    { ...TERMS, ...options.terms },
    options.invited === undefined ? INVITED : options.invited,
    options.registered ?? false,
    TODAY,
  );

describe('what next for a 10M deposit receipt (rule 1)', () => {
  it('registers directly up to 1384/10/20 and is not eligible from 1384/10/21', () => {
    expect(next({ depositDate: jalali('1384-10-20') })).toMatchObject({
      nextStep: HajjNextStep.REGISTER,
      office: { kind: HajjOfficeKind.CARAVAN },
    });
    expect(next({ depositDate: jalali('1384-10-21') })).toMatchObject({
      nextStep: HajjNextStep.NOT_ELIGIBLE,
      reason: NotEligibleReason.DEPOSIT_AFTER_CUTOFF,
    });
  });

  it('waits for its province’s invitation: invited up to the cut-off day, not the day after', () => {
    const cutOff = jalali('1383-12-29');
    expect(next({ depositDate: cutOff }, { invited: cutOff }).nextStep).toBe(HajjNextStep.REGISTER);
    expect(next({ depositDate: addDays(cutOff, 1) }, { invited: cutOff })).toMatchObject({
      nextStep: HajjNextStep.NOT_INVITED_YET,
      invitedDepositsUntil: cutOff,
    });
    expect(next({}, { invited: null })).toMatchObject({ nextStep: HajjNextStep.NOT_INVITED_YET, invitedDepositsUntil: null });
  });

  it('is not eligible with another amount than the season’s deposit', () => {
    expect(next({ amountRials: 9_999_999n }).reason).toBe(NotEligibleReason.AMOUNT_NOT_ELIGIBLE);
  });

  it('is stabilised first when accepted before and not gone (rule 5): provincial office, then the branch it names', () => {
    expect(next({ acceptedBeforeNotGone: true })).toMatchObject({
      nextStep: HajjNextStep.STABILISE,
      office: { kind: HajjOfficeKind.PROVINCIAL_HAJJ_OFFICE },
    });
    expect(
      next({
        acceptedBeforeNotGone: true,
        status: ReceiptStatus.REFERRED_TO_BANK,
        referral: ReferralPurpose.STABILISATION,
        referredBranchCode: 'BMI-4311',
      }),
    ).toMatchObject({
      nextStep: HajjNextStep.STABILISE,
      office: { kind: HajjOfficeKind.BANK_BRANCH, branchCode: 'BMI-4311' },
    });
    // Stabilisation comes before the invitation: the holder can do it while he waits.
    expect(next({ acceptedBeforeNotGone: true }, { invited: null }).nextStep).toBe(HajjNextStep.STABILISE);
  });

  it('says REGISTERED once the holder holds a seat', () => {
    expect(next({}, { registered: true }).nextStep).toBe(HajjNextStep.REGISTERED);
  });
});

describe('what next for 1360 and 1363 documents (rule 2)', () => {
  for (const [kind, year] of [
    [ReceiptKind.DOC_1360, 1360],
    [ReceiptKind.DOC_1363, 1363],
  ] as const) {
    it(`${kind}: converts each of the four amounts dated in ${year}, with the difference to 10,000,000`, () => {
      for (const amount of [180_000n, 200_000n, 250_000n, 270_000n]) {
        for (const day of [`${year}-01-01`, `${year}-12-29`]) {
          expect(next({ kind, amountRials: amount, depositDate: jalali(day) })).toMatchObject({
            nextStep: HajjNextStep.CONVERT_AT_PROVINCIAL_OFFICE,
            office: { kind: HajjOfficeKind.PROVINCIAL_HAJJ_OFFICE },
            amounts: {
              amountRials: amount,
              targetRials: 10_000_000n,
              subsidyRials: 0n,
              interestRials: 0n,
              differenceRials: 10_000_000n - amount,
            },
          });
        }
      }
    });

    it(`${kind}: not eligible for another amount, or dated outside ${year}`, () => {
      expect(next({ kind, amountRials: 190_000n, depositDate: jalali(`${year}-06-01`) }).reason).toBe(
        NotEligibleReason.AMOUNT_NOT_ELIGIBLE,
      );
      expect(next({ kind, amountRials: 250_000n, depositDate: addDays(jalali(`${year}-01-01`), -1) }).reason).toBe(
        NotEligibleReason.DATE_NOT_ELIGIBLE,
      );
      expect(next({ kind, amountRials: 250_000n, depositDate: jalali(`${year + 1}-01-01`) }).reason).toBe(
        NotEligibleReason.DATE_NOT_ELIGIBLE,
      );
    });
  }

  it('points to the bank branch the office named once referred', () => {
    expect(
      next({
        kind: ReceiptKind.DOC_1363,
        amountRials: 250_000n,
        depositDate: jalali('1363-04-10'),
        status: ReceiptStatus.REFERRED_TO_BANK,
        referral: ReferralPurpose.CONVERSION,
        referredBranchCode: 'BMI-4310',
      }),
    ).toMatchObject({
      nextStep: HajjNextStep.CONVERT_AT_PROVINCIAL_OFFICE,
      office: { kind: HajjOfficeKind.BANK_BRANCH, branchCode: 'BMI-4310' },
      amounts: { differenceRials: 9_750_000n },
    });
  });
});

describe('what next for 8M documents (rules 3 and 4)', () => {
  const doc = (day: string) => ({ kind: ReceiptKind.DOC_8M, amountRials: 8_000_000n, depositDate: jalali(day) });

  it('converts with the 3,000,000-rial subsidy from 1377/01/01 to 1378/01/31: nothing left to pay', () => {
    for (const day of ['1377-01-01', '1378-01-31']) {
      expect(next(doc(day))).toMatchObject({
        nextStep: HajjNextStep.CONVERT_WITH_SUBSIDY,
        office: { kind: HajjOfficeKind.BANK_BRANCH },
        amounts: { amountRials: 8_000_000n, targetRials: 10_000_000n, subsidyRials: 3_000_000n, interestRials: 0n, differenceRials: 0n },
      });
    }
    // A smaller subsidy leaves a difference to pay.
    expect(next(doc('1377-06-01'), { terms: { subsidyRials: 1_500_000n } }).amounts?.differenceRials).toBe(500_000n);
  });

  it('converts with the interest accrued from 1378/02/01 to 1378/12/29, to the season’s interest day', () => {
    const until = jalali('1379-02-01'); // 365 days after 1378-02-01 (1378 is not a leap year)
    const first = next(doc('1378-02-01'), { terms: { interestUntil: until } });
    expect(first).toMatchObject({
      nextStep: HajjNextStep.CONVERT_WITH_INTEREST,
      amounts: { interestDays: 365, interestRials: 960_000n, subsidyRials: 0n, differenceRials: 1_040_000n },
    });
    const last = next(doc('1378-12-29'), { terms: { interestUntil: until } });
    // 32 days (1 of Esfand, 31 of Farvardin): 8,000,000 × 12 % × 32 / 365 = 84,164.38… → 84,164 (rounded down).
    expect(last).toMatchObject({
      nextStep: HajjNextStep.CONVERT_WITH_INTEREST,
      amounts: { interestDays: 32, interestRials: 84_164n, differenceRials: 1_915_836n },
    });
  });

  it('counts interest to the day of the conversion when the season names no day, and never asks for a negative difference', () => {
    const today = next(doc('1378-06-01'));
    expect(today.nextStep).toBe(HajjNextStep.CONVERT_WITH_INTEREST);
    expect(today.amounts!.interestRials).toBeGreaterThan(2_000_000n);
    expect(today.amounts!.differenceRials).toBe(0n);
  });

  it('is not eligible before 1377, after 1378/12/29, or with another amount', () => {
    expect(next(doc('1376-12-29')).reason).toBe(NotEligibleReason.DATE_NOT_ELIGIBLE);
    expect(next(doc('1379-01-01')).reason).toBe(NotEligibleReason.DATE_NOT_ELIGIBLE);
    expect(next({ ...doc('1377-05-05'), amountRials: 7_000_000n }).reason).toBe(NotEligibleReason.AMOUNT_NOT_ELIGIBLE);
  });
});

describe('transfers (rule 14)', () => {
  it('once recorded: the receiver completes it at the bank, the giver can no longer register', () => {
    const recorded = { status: ReceiptStatus.TRANSFER_RECORDED };
    expect(next(recorded, { asker: 'TRANSFER_RECEIVER' })).toMatchObject({
      nextStep: HajjNextStep.COMPLETE_TRANSFER,
      office: { kind: HajjOfficeKind.BANK_BRANCH },
    });
    expect(next(recorded)).toMatchObject({ nextStep: HajjNextStep.NOT_ELIGIBLE, reason: NotEligibleReason.TRANSFERRED });
  });

  it('once reissued: the receiver holds the new receipt; the giver, asking with it, is told it was transferred', () => {
    expect(next({}, { asker: 'FORMER_HOLDER' })).toMatchObject({
      nextStep: HajjNextStep.NOT_ELIGIBLE,
      reason: NotEligibleReason.TRANSFERRED,
    });
    expect(next({}).nextStep).toBe(HajjNextStep.REGISTER);
  });
});

describe('accrued interest', () => {
  it('simple: rounded down to a whole rial', () => {
    expect(accruedInterest(8_000_000n, 1200, 365, InterestFormula.SIMPLE)).toBe(960_000n);
    expect(accruedInterest(8_000_000n, 1200, 1, InterestFormula.SIMPLE)).toBe(2_630n); // 2,630.13…
    expect(accruedInterest(8_000_000n, 1200, 0, InterestFormula.SIMPLE)).toBe(0n);
  });

  it('compound once a year, the part-year simple', () => {
    // year 1: 960,000 → 8,960,000; year 2: 1,075,200 → 10,035,200; 30 days: 10,035,200 × 0.12 × 30 / 365 = 98,977.97… → 98,977
    expect(accruedInterest(8_000_000n, 1200, 2 * 365 + 30, InterestFormula.COMPOUND_ANNUAL)).toBe(960_000n + 1_075_200n + 98_977n);
  });
});
