import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { solvedCaptcha } from '../../../test-support/accounts-fixtures';
import {
  activeSeason,
  addReceipt,
  seasonFile,
  startHajjApi,
  type HajjTestApi,
  type TestReceipt,
} from '../../../test-support/hajj-fixtures';
import type { TestClient } from '../../../test-support/test-api';
import { addDays } from '../../../platform/time/tehran-date';
import { jalali } from '../hajj-dates';
import { ReceiptKind } from '../hajj.enums';

let hajj: HajjTestApi;
let db: DataSource;
let ipCounter = 0;

const PER_IP = 6;
const PER_ID = 10;

beforeAll(async () => {
  hajj = await startHajjApi({ TRUST_PROXY_HOPS: '1', HAJJ_LIMIT_PER_IP_MINUTE: String(PER_IP), HAJJ_LIMIT_PER_ID_10MIN: String(PER_ID) });
  db = hajj.db;
  await activeSeason(
    db,
    seasonFile({
      groups: [
        { provinces: ['سمنان', 'تهران'], opensInHours: -1 },
        { provinces: ['اصفهان'], opensInHours: 48 },
        { provinces: ['قم'], opensInHours: -1, invitedDepositsUntil: '1383-12-29' },
      ],
      // Interest counted to a fixed day, so the amounts below do not move with the calendar.
      settings: { interestUntil: '1379-02-01', interestRatePercent: 12 },
    }),
  );
});
afterAll(async () => {
  await hajj.stop();
});

/** A caller of its own address (the per-IP limit is small here). */
const caller = (): TestClient => {
  ipCounter += 1;
  return hajj.api.client({ ip: `10.20.${Math.floor(ipCounter / 250)}.${ipCounter % 250}` });
};

const STATUS = `query($nationalId: String!, $receiptNumber: String!, $birthDate: String!, $captchaId: ID!, $captchaAnswer: String!) {
  hajjReceiptStatus(nationalId: $nationalId, receiptNumber: $receiptNumber, birthDate: $birthDate, captchaId: $captchaId, captchaAnswer: $captchaAnswer) {
    nextStep notEligibleReason receiptNumber originalReceiptNumber holderName kind amountRials depositDate province invitedDepositsUntil admissionOpensAt
    office { kind branchCode }
    amounts { amountRials targetRials subsidyRials interestRials interestDays differenceRials }
    registration { trackingCode status caravan { code } }
  }
}`;

type Status = { hajjReceiptStatus: Record<string, unknown> & { amounts: Record<string, unknown> | null } };

async function status(receipt: Pick<TestReceipt, 'nationalId' | 'receiptNumber' | 'birthDate'>, client = caller()) {
  return client.gql<Status>(STATUS, {
    nationalId: receipt.nationalId,
    receiptNumber: receipt.receiptNumber,
    birthDate: receipt.birthDate,
    ...(await solvedCaptcha(client)),
  });
}

async function nextOf(overrides: Partial<TestReceipt>) {
  const receipt = await addReceipt(db, overrides);
  const answer = await status(receipt);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.hajjReceiptStatus;
}

describe('hajjReceiptStatus: every kind at its date boundaries, with amounts', () => {
  it('10M deposits: register up to 1384/10/20, not eligible from 1384/10/21; stabilise when accepted before and not gone', async () => {
    expect(await nextOf({ depositDate: jalali('1384-10-20') })).toMatchObject({
      nextStep: 'REGISTER',
      office: { kind: 'CARAVAN' },
      kind: 'DEPOSIT_10M',
      amountRials: '10000000',
      amounts: null,
    });
    expect(await nextOf({ depositDate: jalali('1384-10-21') })).toMatchObject({
      nextStep: 'NOT_ELIGIBLE',
      notEligibleReason: 'DEPOSIT_AFTER_CUTOFF',
    });
    expect(await nextOf({ acceptedBeforeNotGone: true })).toMatchObject({
      nextStep: 'STABILISE',
      office: { kind: 'PROVINCIAL_HAJJ_OFFICE', branchCode: null },
    });
  });

  it('1360 and 1363 documents convert at the provincial office inside their year, with the difference to 10,000,000', async () => {
    expect(await nextOf({ kind: ReceiptKind.DOC_1360, amountRials: 180_000n, depositDate: jalali('1360-01-01') })).toMatchObject({
      nextStep: 'CONVERT_AT_PROVINCIAL_OFFICE',
      office: { kind: 'PROVINCIAL_HAJJ_OFFICE' },
      amounts: { amountRials: '180000', targetRials: '10000000', subsidyRials: '0', interestRials: '0', differenceRials: '9820000' },
    });
    expect(
      await nextOf({ kind: ReceiptKind.DOC_1360, amountRials: 180_000n, depositDate: addDays(jalali('1360-01-01'), -1) }),
    ).toMatchObject({ nextStep: 'NOT_ELIGIBLE', notEligibleReason: 'DATE_NOT_ELIGIBLE' });
    expect(await nextOf({ kind: ReceiptKind.DOC_1363, amountRials: 270_000n, depositDate: jalali('1363-12-29') })).toMatchObject({
      nextStep: 'CONVERT_AT_PROVINCIAL_OFFICE',
      amounts: { differenceRials: '9730000' },
    });
    expect(await nextOf({ kind: ReceiptKind.DOC_1363, amountRials: 270_000n, depositDate: jalali('1364-01-01') })).toMatchObject({
      nextStep: 'NOT_ELIGIBLE',
      notEligibleReason: 'DATE_NOT_ELIGIBLE',
    });
    expect(await nextOf({ kind: ReceiptKind.DOC_1363, amountRials: 260_000n, depositDate: jalali('1363-05-05') })).toMatchObject({
      nextStep: 'NOT_ELIGIBLE',
      notEligibleReason: 'AMOUNT_NOT_ELIGIBLE',
    });
  });

  it('8M documents: the 3,000,000 subsidy up to 1378/01/31, interest from 1378/02/01 to 1378/12/29, nothing after', async () => {
    const doc = (day: string) => ({ kind: ReceiptKind.DOC_8M, amountRials: 8_000_000n, depositDate: jalali(day) });
    expect(await nextOf(doc('1378-01-31'))).toMatchObject({
      nextStep: 'CONVERT_WITH_SUBSIDY',
      office: { kind: 'BANK_BRANCH' },
      amounts: { subsidyRials: '3000000', interestRials: '0', differenceRials: '0' },
    });
    // 365 days at 12 % (the season's rate) to the season's interest day, 1379/02/01.
    expect(await nextOf(doc('1378-02-01'))).toMatchObject({
      nextStep: 'CONVERT_WITH_INTEREST',
      amounts: { interestDays: 365, interestRials: '960000', differenceRials: '1040000' },
    });
    // 32 days: 84,164.38… rounded down.
    expect(await nextOf(doc('1378-12-29'))).toMatchObject({
      nextStep: 'CONVERT_WITH_INTEREST',
      amounts: { interestDays: 32, interestRials: '84164', differenceRials: '1915836' },
    });
    expect(await nextOf(doc('1379-01-01'))).toMatchObject({ nextStep: 'NOT_ELIGIBLE', notEligibleReason: 'DATE_NOT_ELIGIBLE' });
    expect(await nextOf(doc('1376-12-29'))).toMatchObject({ nextStep: 'NOT_ELIGIBLE', notEligibleReason: 'DATE_NOT_ELIGIBLE' });
  });

  it("waits for the province's invitation: invited up to its cut-off, NOT_INVITED_YET the day after", async () => {
    expect(await nextOf({ province: 'قم', depositDate: jalali('1383-12-29') })).toMatchObject({ nextStep: 'REGISTER' });
    expect(await nextOf({ province: 'قم', depositDate: jalali('1384-01-01') })).toMatchObject({
      nextStep: 'NOT_INVITED_YET',
      invitedDepositsUntil: jalali('1383-12-29'),
    });
  });

  it('accepts Persian digits and tells the province, deposit day and admission time', async () => {
    const receipt = await addReceipt(db, { receiptNumber: `99${Date.now() % 1e8}` });
    const client = caller();
    const persian = (text: string) => text.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const answer = await client.gql<Status>(STATUS, {
      nationalId: persian(receipt.nationalId),
      receiptNumber: persian(receipt.receiptNumber),
      birthDate: receipt.birthDate,
      ...(await solvedCaptcha(client)),
    });
    expect(answer.data?.hajjReceiptStatus).toMatchObject({
      nextStep: 'REGISTER',
      receiptNumber: receipt.receiptNumber,
      originalReceiptNumber: receipt.receiptNumber,
      province: 'سمنان',
      depositDate: receipt.depositDate,
      holderName: 'حسین اکبری',
    });
    expect(answer.data?.hajjReceiptStatus.admissionOpensAt).toEqual(expect.any(String));
  });
});

describe('hajjReceiptStatus: one answer, a captcha and limits', () => {
  it('answers RECEIPT_NOT_MATCHED alike for an unknown receipt, a wrong national ID and a wrong birth date', async () => {
    const receipt = await addReceipt(db);
    const other = await addReceipt(db);
    for (const wrong of [
      { ...receipt, receiptNumber: 'NO-SUCH-RECEIPT' },
      { ...receipt, nationalId: other.nationalId },
      { ...receipt, birthDate: '1961-05-02' },
      { ...receipt, nationalId: '1234567890' },
    ]) {
      const answer = await status(wrong);
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]).toMatchObject({
        message: 'No deposit receipt matches this national ID, receipt number and birth date',
        extensions: { code: 'RECEIPT_NOT_MATCHED' },
      });
      expect(Object.keys(answer.errors![0]!.extensions!)).toEqual(['code']);
    }
  });

  it('refuses a wrong captcha with CAPTCHA_INVALID, and a malformed birth date with BAD_USER_INPUT', async () => {
    const receipt = await addReceipt(db);
    const client = caller();
    const { captchaId } = await solvedCaptcha(client);
    const proof = { nationalId: receipt.nationalId, receiptNumber: receipt.receiptNumber, birthDate: receipt.birthDate };
    const wrong = await client.gql(STATUS, { ...proof, captchaId, captchaAnswer: 'zzzzz' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');
    const bad = await client.gql(STATUS, { ...proof, birthDate: '1340/02/11', ...(await solvedCaptcha(client)) });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it(`counts tries per IP atomically: of ${PER_IP * 2} at once from one address, exactly ${PER_IP} pass`, async () => {
    const client = caller();
    const receipt = await addReceipt(db);
    const captchas = await Promise.all(Array.from({ length: PER_IP * 2 }, () => solvedCaptcha(caller())));
    const proof = { nationalId: receipt.nationalId, receiptNumber: receipt.receiptNumber, birthDate: receipt.birthDate };
    const answers = await Promise.all(captchas.map((captcha) => client.gql(STATUS, { ...proof, ...captcha })));
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(PER_IP);
    const limited = answers.find((a) => a.errors?.[0]?.extensions?.code === 'RATE_LIMITED')!;
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it(`counts tries per national ID across addresses: the ${PER_ID + 1}th in 10 minutes is refused`, async () => {
    const receipt = await addReceipt(db);
    for (let i = 0; i < PER_ID; i += 1) expect((await status(receipt)).errors).toBeUndefined();
    expect((await status(receipt)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another person is not affected.
    expect((await status(await addReceipt(db))).errors).toBeUndefined();
  });
});
