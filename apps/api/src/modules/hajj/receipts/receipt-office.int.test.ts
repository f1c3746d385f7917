import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  activeSeason,
  addCaravan,
  addReceipt,
  hajjStaff,
  preRegisterAs,
  seasonFile,
  startHajjApi,
  statusOf,
  type HajjStaff,
  type HajjTestApi,
} from '../../../test-support/hajj-fixtures';
import { uniqueNationalId } from '../../../test-support/accounts-fixtures';
import { jalali } from '../hajj-dates';
import { ReceiptKind } from '../hajj.enums';
import type { HajjSeason } from '../season/season.entity';

let hajj: HajjTestApi;
let db: DataSource;
let staff: HajjStaff;
let season: HajjSeason;
let caravanId: string;

beforeAll(async () => {
  hajj = await startHajjApi({ HAJJ_LIMIT_PER_IP_MINUTE: '100000', HAJJ_LIMIT_PER_ID_10MIN: '1000' });
  db = hajj.db;
  season = await activeSeason(
    db,
    seasonFile({ groups: [{ provinces: ['سمنان', 'تهران'], opensInHours: -1 }], settings: { interestUntil: '1379-02-01' } }),
  );
  staff = await hajjStaff(hajj.api, db);
  caravanId = (await addCaravan(db, season.id, { capacity: 100 })).id;
});
afterAll(async () => {
  await hajj.stop();
});

const RECEIPT = `query($n: String!) { hajjReceipt(receiptNumber: $n) {
  receiptNumber originalReceiptNumber nationalId kind amountRials status referral referredBranchCode nextStep office { kind branchCode } earlierReceiptNumbers
  history { kind originalReceiptNumber receiptNumber newReceiptNumber actorRole actorName officeCode details }
  transfers { giverNationalId receiverNationalId relation deedNumber reissuedReceiptNumber }
} }`;
const REFER = `mutation($input: HajjReferReceiptInput!) { hajjReferReceipt(input: $input) { status referral referredBranchCode nextStep office { kind branchCode } } }`;
const CONVERT = `mutation($input: HajjIssueReceiptInput!) { hajjConvertReceipt(input: $input) { receiptNumber originalReceiptNumber kind amountRials status nextStep earlierReceiptNumbers history { kind newReceiptNumber details officeCode actorRole } } }`;
const STABILISE = `mutation($input: HajjIssueReceiptInput!) { hajjStabiliseReceipt(input: $input) { receiptNumber nextStep history { kind } } }`;
const REISSUE = `mutation($input: HajjIssueReceiptInput!) { hajjReissueTransferredReceipt(input: $input) { receiptNumber nationalId nextStep transfers { reissuedReceiptNumber } } }`;
const TRANSFER = `mutation($input: HajjRecordTransferInput!) { hajjRecordTransfer(input: $input) { status nextStep transfers { receiverNationalId relation } } }`;

const codeOf = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.[0]?.extensions?.code ?? 'OK';
const newNumber = () => `N${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`.toUpperCase();

describe('conversions of 1360/1363 documents (rules 2 and 6)', () => {
  it('the provincial office refers to a branch, that branch issues the 10M receipt endorsed with the original number; the holder then registers', async () => {
    const document = await addReceipt(db, { kind: ReceiptKind.DOC_1363, amountRials: 250_000n, depositDate: jalali('1363-07-15') });
    expect(await statusOf(hajj.api, document)).toMatchObject({
      nextStep: 'CONVERT_AT_PROVINCIAL_OFFICE',
      office: { kind: 'PROVINCIAL_HAJJ_OFFICE' },
      amounts: { differenceRials: '9750000' },
    });

    // Not before the office's step, not by another province's office.
    expect(
      codeOf(await staff.semnanBank.gql(CONVERT, { input: { receiptNumber: document.receiptNumber, newReceiptNumber: newNumber() } })),
    ).toBe('INVALID_TRANSITION');
    expect(
      codeOf(
        await staff.tehranOffice.gql(REFER, {
          input: { receiptNumber: document.receiptNumber, purpose: 'CONVERSION', branchCode: staff.semnanBranchCode },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await staff.semnanOffice.gql(REFER, {
          input: { receiptNumber: document.receiptNumber, purpose: 'STABILISATION', branchCode: staff.semnanBranchCode },
        }),
      ),
    ).toBe('INVALID_TRANSITION');

    const referred = await staff.semnanOffice.gql(REFER, {
      input: { receiptNumber: document.receiptNumber, purpose: 'CONVERSION', branchCode: staff.semnanBranchCode },
    });
    expect(referred.data).toEqual({
      hajjReferReceipt: {
        status: 'REFERRED_TO_BANK',
        referral: 'CONVERSION',
        referredBranchCode: staff.semnanBranchCode,
        nextStep: 'CONVERT_AT_PROVINCIAL_OFFICE',
        office: { kind: 'BANK_BRANCH', branchCode: staff.semnanBranchCode },
      },
    });
    expect(await statusOf(hajj.api, document)).toMatchObject({
      nextStep: 'CONVERT_AT_PROVINCIAL_OFFICE',
      office: { kind: 'BANK_BRANCH', branchCode: staff.semnanBranchCode },
    });

    // Only the branch the office named.
    expect(
      codeOf(await staff.otherSemnanBank.gql(CONVERT, { input: { receiptNumber: document.receiptNumber, newReceiptNumber: newNumber() } })),
    ).toBe('FORBIDDEN');
    const issuedNumber = newNumber();
    const converted = await staff.semnanBank.gql<{
      hajjConvertReceipt: Record<string, unknown> & { history: Array<Record<string, unknown>> };
    }>(CONVERT, { input: { receiptNumber: document.receiptNumber, newReceiptNumber: issuedNumber } });
    expect(converted.errors).toBeUndefined();
    expect(converted.data!.hajjConvertReceipt).toMatchObject({
      receiptNumber: issuedNumber,
      originalReceiptNumber: document.receiptNumber,
      kind: 'DEPOSIT_10M',
      amountRials: '10000000',
      status: 'ACTIVE',
      nextStep: 'REGISTER',
      earlierReceiptNumbers: [document.receiptNumber],
    });
    const history = converted.data!.hajjConvertReceipt.history.map((e) => ({ ...e, details: JSON.parse(e.details as string) as unknown }));
    expect(history).toEqual([
      {
        kind: 'CONVERSION_REFERRED',
        newReceiptNumber: null,
        details: { branchCode: staff.semnanBranchCode },
        officeCode: expect.stringMatching(/^HAJJ-SEM-/),
        actorRole: 'HAJJ_PROVINCIAL_OFFICE',
      },
      {
        kind: 'CONVERTED',
        newReceiptNumber: issuedNumber,
        details: {
          convertedFrom: 'DOC_1363',
          amountRials: '250000',
          subsidyRials: '0',
          interestRials: '0',
          interestDays: 0,
          differencePaidRials: '9750000',
        },
        officeCode: staff.semnanBranchCode,
        actorRole: 'BANK_BRANCH_OPERATOR',
      },
    ]);

    // The holder is answered about the new receipt, by either number; the number cannot be reused.
    expect(await statusOf(hajj.api, document)).toMatchObject({
      nextStep: 'REGISTER',
      receiptNumber: issuedNumber,
      originalReceiptNumber: document.receiptNumber,
    });
    expect(await statusOf(hajj.api, { ...document, receiptNumber: issuedNumber })).toMatchObject({ nextStep: 'REGISTER' });
    const other = await addReceipt(db, { kind: ReceiptKind.DOC_1360, amountRials: 200_000n, depositDate: jalali('1360-02-02') });
    await staff.semnanOffice.gql(REFER, {
      input: { receiptNumber: other.receiptNumber, purpose: 'CONVERSION', branchCode: staff.semnanBranchCode },
    });
    expect(
      codeOf(await staff.semnanBank.gql(CONVERT, { input: { receiptNumber: other.receiptNumber, newReceiptNumber: issuedNumber } })),
    ).toBe('RECEIPT_NUMBER_TAKEN');
    expect((await preRegisterAs(hajj.api, document, caravanId)).trackingCode).toMatch(/^\d{12}$/);
    // Already converted: converting again is refused.
    expect(
      codeOf(await staff.semnanBank.gql(CONVERT, { input: { receiptNumber: document.receiptNumber, newReceiptNumber: newNumber() } })),
    ).toBe('INVALID_TRANSITION');
  });

  it('shows a receipt only within the caller’s scope', async () => {
    const tehran = await addReceipt(db, { province: 'تهران' });
    expect(codeOf(await staff.semnanOffice.gql(RECEIPT, { n: tehran.receiptNumber }))).toBe('NOT_FOUND');
    expect(codeOf(await staff.semnanBank.gql(RECEIPT, { n: tehran.receiptNumber }))).toBe('NOT_FOUND');
    expect(codeOf(await staff.tehranOffice.gql(RECEIPT, { n: tehran.receiptNumber }))).toBe('OK');
    expect(codeOf(await staff.admin.gql(RECEIPT, { n: tehran.receiptNumber }))).toBe('OK');
    expect(codeOf(await staff.services.gql(RECEIPT, { n: tehran.receiptNumber }))).toBe('OK');
    expect(codeOf(await staff.manager.gql(RECEIPT, { n: tehran.receiptNumber }))).toBe('FORBIDDEN');
    expect(codeOf(await staff.admin.gql(RECEIPT, { n: 'NO-SUCH' }))).toBe('NOT_FOUND');
  });
});

describe('8M documents at the bank (rules 3 and 4)', () => {
  it('converts with the subsidy, or with the interest, at any branch of the province, recording the amounts', async () => {
    const subsidy = await addReceipt(db, { kind: ReceiptKind.DOC_8M, amountRials: 8_000_000n, depositDate: jalali('1378-01-31') });
    const first = await staff.otherSemnanBank.gql<{ hajjConvertReceipt: { history: Array<{ details: string }> } }>(CONVERT, {
      input: { receiptNumber: subsidy.receiptNumber, newReceiptNumber: newNumber() },
    });
    expect(JSON.parse(first.data!.hajjConvertReceipt.history.at(-1)!.details)).toEqual({
      convertedFrom: 'DOC_8M',
      amountRials: '8000000',
      subsidyRials: '3000000',
      interestRials: '0',
      interestDays: 0,
      differencePaidRials: '0',
    });

    const interest = await addReceipt(db, { kind: ReceiptKind.DOC_8M, amountRials: 8_000_000n, depositDate: jalali('1378-02-01') });
    const second = await staff.semnanBank.gql<{ hajjConvertReceipt: { nextStep: string; history: Array<{ details: string }> } }>(CONVERT, {
      input: { receiptNumber: interest.receiptNumber, newReceiptNumber: newNumber() },
    });
    expect(second.data!.hajjConvertReceipt.nextStep).toBe('REGISTER');
    expect(JSON.parse(second.data!.hajjConvertReceipt.history.at(-1)!.details)).toMatchObject({
      interestRials: '960000',
      interestDays: 365,
      differencePaidRials: '1040000',
    });
    // A Tehran holder's document is not the Semnan branch's.
    const tehran = await addReceipt(db, {
      province: 'تهران',
      kind: ReceiptKind.DOC_8M,
      amountRials: 8_000_000n,
      depositDate: jalali('1377-10-10'),
    });
    expect(
      codeOf(await staff.semnanBank.gql(CONVERT, { input: { receiptNumber: tehran.receiptNumber, newReceiptNumber: newNumber() } })),
    ).toBe('NOT_FOUND');
  });
});

describe('stabilisation (rule 5)', () => {
  it('is referred by the provincial office and done by the branch it named', async () => {
    const receipt = await addReceipt(db, { acceptedBeforeNotGone: true });
    expect(
      codeOf(await staff.semnanBank.gql(STABILISE, { input: { receiptNumber: receipt.receiptNumber, newReceiptNumber: newNumber() } })),
    ).toBe('INVALID_TRANSITION');
    await staff.semnanOffice.gql(REFER, {
      input: { receiptNumber: receipt.receiptNumber, purpose: 'STABILISATION', branchCode: staff.semnanBranchCode },
    });
    expect(await statusOf(hajj.api, receipt)).toMatchObject({
      nextStep: 'STABILISE',
      office: { kind: 'BANK_BRANCH', branchCode: staff.semnanBranchCode },
    });
    const stabilised = await staff.semnanBank.gql(STABILISE, {
      input: { receiptNumber: receipt.receiptNumber, newReceiptNumber: newNumber() },
    });
    expect(stabilised.data).toMatchObject({
      hajjStabiliseReceipt: { nextStep: 'REGISTER', history: [{ kind: 'STABILISATION_REFERRED' }, { kind: 'STABILISED' }] },
    });
    expect(await statusOf(hajj.api, receipt)).toMatchObject({ nextStep: 'REGISTER' });
  });
});

describe('transfers (rule 14), with and without each step', () => {
  const receiver = () => ({
    nationalId: uniqueNationalId(),
    firstName: 'زهرا',
    lastName: 'اکبری',
    birthDate: '1985-02-02',
    mobile: '09121234567',
    province: 'سمنان',
  });
  const transfer = (receiptNumber: string, giverNationalId: string, to: ReturnType<typeof receiver>) => ({
    input: { receiptNumber, giverNationalId, receiver: to, relation: 'DAUGHTER', deedNumber: '12345/96', deedDate: '2013-05-05' },
  });

  it('without any step: the receiver is unknown, the giver still registers', async () => {
    const receipt = await addReceipt(db);
    const to = receiver();
    expect(await statusOf(hajj.api, { ...to, receiptNumber: receipt.receiptNumber })).toBe('RECEIPT_NOT_MATCHED');
    expect(await statusOf(hajj.api, receipt)).toMatchObject({ nextStep: 'REGISTER' });
  });

  it('recorded but not reissued: neither registers; the receiver is told to complete it at the bank', async () => {
    const receipt = await addReceipt(db);
    const to = receiver();
    expect(
      codeOf(await staff.semnanBank.gql(REISSUE, { input: { receiptNumber: receipt.receiptNumber, newReceiptNumber: newNumber() } })),
    ).toBe('INVALID_TRANSITION');
    const recorded = await staff.services.gql(TRANSFER, transfer(receipt.receiptNumber, receipt.nationalId, to));
    expect(recorded.data).toEqual({
      hajjRecordTransfer: {
        status: 'TRANSFER_RECORDED',
        nextStep: 'NOT_ELIGIBLE',
        transfers: [{ receiverNationalId: to.nationalId, relation: 'DAUGHTER' }],
      },
    });
    expect(await statusOf(hajj.api, receipt)).toMatchObject({ nextStep: 'NOT_ELIGIBLE', notEligibleReason: 'TRANSFERRED' });
    expect(await statusOf(hajj.api, { ...to, receiptNumber: receipt.receiptNumber })).toMatchObject({
      nextStep: 'COMPLETE_TRANSFER',
      office: { kind: 'BANK_BRANCH' },
      holderName: 'زهرا اکبری',
    });
    expect(await preRegisterAs(hajj.api, receipt, caravanId)).toMatchObject({
      code: 'RECEIPT_NEEDS_ACTION',
      extensions: { nextStep: 'NOT_ELIGIBLE' },
    });
    expect(await preRegisterAs(hajj.api, { ...to, receiptNumber: receipt.receiptNumber }, caravanId)).toMatchObject({
      code: 'RECEIPT_NEEDS_ACTION',
      extensions: { nextStep: 'COMPLETE_TRANSFER' },
    });
    // Recorded once: a second transfer of the same receipt waits for the first.
    expect(codeOf(await staff.services.gql(TRANSFER, transfer(receipt.receiptNumber, receipt.nationalId, receiver())))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('reissued: the receiver registers with either number, the giver no longer can', async () => {
    const receipt = await addReceipt(db);
    const to = receiver();
    await staff.services.gql(TRANSFER, transfer(receipt.receiptNumber, receipt.nationalId, to));
    const issued = newNumber();
    const reissued = await staff.otherSemnanBank.gql(REISSUE, {
      input: { receiptNumber: receipt.receiptNumber, newReceiptNumber: issued },
    });
    expect(reissued.data).toEqual({
      hajjReissueTransferredReceipt: {
        receiptNumber: issued,
        nationalId: to.nationalId,
        nextStep: 'REGISTER',
        transfers: [{ reissuedReceiptNumber: issued }],
      },
    });
    expect(await statusOf(hajj.api, { ...to, receiptNumber: receipt.receiptNumber })).toMatchObject({
      nextStep: 'REGISTER',
      receiptNumber: issued,
      originalReceiptNumber: receipt.receiptNumber,
    });
    expect(await statusOf(hajj.api, receipt)).toMatchObject({ nextStep: 'NOT_ELIGIBLE', notEligibleReason: 'TRANSFERRED' });
    expect(await preRegisterAs(hajj.api, receipt, caravanId)).toMatchObject({ code: 'RECEIPT_NEEDS_ACTION' });
    expect((await preRegisterAs(hajj.api, { ...to, receiptNumber: issued }, caravanId)).trackingCode).toMatch(/^\d{12}$/);
    const history = await staff.admin.gql<{ hajjReceipt: { history: Array<{ kind: string; originalReceiptNumber: string }> } }>(RECEIPT, {
      n: issued,
    });
    expect(history.data!.hajjReceipt.history.map((e) => [e.kind, e.originalReceiptNumber])).toEqual([
      ['TRANSFER_RECORDED', receipt.receiptNumber],
      ['REISSUED', receipt.receiptNumber],
    ]);
  });

  it('is refused for a giver who is not the holder, a receipt holding a seat, and anyone but a services office', async () => {
    const receipt = await addReceipt(db);
    expect(codeOf(await staff.services.gql(TRANSFER, transfer(receipt.receiptNumber, uniqueNationalId(), receiver())))).toBe('NOT_FOUND');
    expect(codeOf(await staff.semnanOffice.gql(TRANSFER, transfer(receipt.receiptNumber, receipt.nationalId, receiver())))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(
        await staff.services.gql(
          TRANSFER,
          transfer(receipt.receiptNumber, receipt.nationalId, { ...receiver(), nationalId: receipt.nationalId }),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await preRegisterAs(hajj.api, receipt, caravanId);
    expect(codeOf(await staff.services.gql(TRANSFER, transfer(receipt.receiptNumber, receipt.nationalId, receiver())))).toBe(
      'ALREADY_REGISTERED',
    );
  });
});
