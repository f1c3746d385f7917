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
  type TestReceipt,
} from '../../../test-support/hajj-fixtures';
import { AuditLog } from '../../../platform/audit/audit-log';
import { createLogger } from '../../../platform/logging/logger';
import { addDays, tehranToday } from '../../../platform/time/tehran-date';
import { jalali } from '../hajj-dates';
import type { HajjSeason } from '../season/season.entity';
import { SeatReleaseService } from '../waves/seat-release.service';

let hajj: HajjTestApi;
let db: DataSource;
let staff: HajjStaff;
let season: HajjSeason;
let releases: SeatReleaseService;

beforeAll(async () => {
  hajj = await startHajjApi({ HAJJ_LIMIT_PER_IP_MINUTE: '100000', HAJJ_LIMIT_PER_ID_10MIN: '1000' });
  db = hajj.db;
  season = await activeSeason(
    db,
    seasonFile({ groups: [{ provinces: ['سمنان', 'تهران'], opensInHours: -1 }], settings: { paymentDays: 7, doctorVisitDays: 14 } }),
  );
  staff = await hajjStaff(hajj.api, db);
  releases = new SeatReleaseService(db, new AuditLog(db), createLogger('silent'));
});
afterAll(async () => {
  await hajj.stop();
});

const ALL_DOCUMENTS = { receiptOriginal: true, receiptCopy: true, birthCertificate: true, nationalCard: true };
const REGISTRATION_FIELDS = `id trackingCode status channel nationalId holderName receiptNumber confirmedAt elected releaseReason replacesTrackingCode replacedByTrackingCode
  caravan { id code } documents { receiptOriginal receiptCopy birthCertificate nationalCard }
  paymentSlip { number differenceRials payBy paidAt paymentReference } doctorVisitDue doctorVisitedAt
  passport { number expiry flag renewBy restriction restrictionRule }`;
const CONFIRM = `mutation($t: String!, $d: HajjDocumentsInput!) { hajjConfirmRegistration(trackingCode: $t, documents: $d) { ${REGISTRATION_FIELDS} } }`;
const IN_PERSON = `mutation($c: ID!, $a: HajjApplicantInput!) { hajjRegisterInPerson(caravanId: $c, applicant: $a) { ${REGISTRATION_FIELDS} } }`;
const REPLACE = `mutation($r: ID!, $a: HajjApplicantInput!) { hajjReplaceRegistration(registrationId: $r, applicant: $a) { ${REGISTRATION_FIELDS} } }`;
const PAY = `mutation($t: String!, $p: String!) { hajjRecordPayment(trackingCode: $t, paymentReference: $p) { status paymentSlip { paidAt paymentReference } } }`;
const DOCTOR = `mutation($r: ID!) { hajjRecordDoctorVisit(registrationId: $r) { doctorVisitedAt } }`;
const LIST = `query($c: ID!, $f: HajjRegistrationFilter!) { hajjCaravanRegistrations(caravanId: $c, filter: $f) { total items { trackingCode status } } }`;
const BY_CODE = `query($t: String!) { hajjRegistrationByTrackingCode(trackingCode: $t) { ${REGISTRATION_FIELDS} } }`;
const ELECT = `mutation($c: ID!, $ids: [ID!]!) { hajjSetElectedPilgrims(caravanId: $c, registrationIds: $ids) { trackingCode elected } }`;
const PASSPORT = `mutation($r: ID!, $i: HajjPassportInput!) { hajjRecordPassport(registrationId: $r, input: $i) { passport { number expiry flag renewBy restriction restrictionRule } } }`;
const MY_CARAVANS = `query { hajjMyCaravans { id code taken onlineTaken } }`;

type Registration = Record<string, unknown> & { id: string; trackingCode: string; status: string };
const codeOf = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.[0]?.extensions?.code ?? 'OK';
const applicant = (receipt: TestReceipt, documents = ALL_DOCUMENTS) => ({
  nationalId: receipt.nationalId,
  receiptNumber: receipt.receiptNumber,
  birthDate: receipt.birthDate,
  documents,
});

async function myCaravan(capacity: number, finalCostRials = 285_000_000n) {
  return addCaravan(db, season.id, { capacity, finalCostRials, managerNationalId: staff.managerNationalId });
}

async function seats(caravanId: string): Promise<number> {
  const [{ taken }] = (await db.query(
    `SELECT count(*)::int AS taken FROM hajj_registration WHERE caravan_id = $1 AND (status IN ('CONFIRMED', 'PAID') OR (status = 'HELD' AND hold_expires_at > clock_timestamp()))`,
    [caravanId],
  )) as [{ taken: number }];
  return taken;
}

describe('the caravan manager confirms in person (rules 9–11)', () => {
  it('confirms a hold once every document is checked: tracking code kept, payment slip for the difference, deadlines', async () => {
    const caravan = await myCaravan(10);
    const holder = await addReceipt(db);
    const { trackingCode } = await preRegisterAs(hajj.api, holder, caravan.id);
    const partial = await staff.manager.gql(CONFIRM, { t: trackingCode, d: { ...ALL_DOCUMENTS, birthCertificate: false } });
    expect(partial.errors?.[0]?.extensions).toEqual({ code: 'DOCUMENTS_INCOMPLETE', missing: ['birthCertificate'] });
    expect(codeOf(await staff.otherManager.gql(CONFIRM, { t: trackingCode, d: ALL_DOCUMENTS }))).toBe('FORBIDDEN');

    const confirmed = await staff.manager.gql<{ hajjConfirmRegistration: Registration }>(CONFIRM, { t: trackingCode, d: ALL_DOCUMENTS });
    expect(confirmed.errors).toBeUndefined();
    const today = tehranToday();
    expect(confirmed.data!.hajjConfirmRegistration).toMatchObject({
      trackingCode,
      status: 'CONFIRMED',
      channel: 'ONLINE',
      nationalId: holder.nationalId,
      holderName: 'حسین اکبری',
      caravan: { id: caravan.id, code: caravan.code },
      documents: ALL_DOCUMENTS,
      paymentSlip: { number: `P${trackingCode}`, differenceRials: '275000000', payBy: addDays(today, 7), paidAt: null },
      doctorVisitDue: addDays(today, 14),
      passport: { flag: 'NOT_RECORDED', restriction: 'NONE', restrictionRule: null },
    });
    expect(codeOf(await staff.manager.gql(CONFIRM, { t: trackingCode, d: ALL_DOCUMENTS }))).toBe('INVALID_TRANSITION');
    expect(await statusOf(hajj.api, holder)).toMatchObject({ nextStep: 'REGISTERED', registration: { trackingCode, status: 'CONFIRMED' } });
  });

  it('refuses to confirm a hold that ended (HOLD_EXPIRED) and frees its seat', async () => {
    const caravan = await myCaravan(10);
    const holder = await addReceipt(db);
    const { trackingCode } = await preRegisterAs(hajj.api, holder, caravan.id);
    await db.query(`UPDATE hajj_registration SET hold_expires_at = clock_timestamp() - interval '1 minute' WHERE tracking_code = $1`, [
      trackingCode,
    ]);
    expect(codeOf(await staff.manager.gql(CONFIRM, { t: trackingCode, d: ALL_DOCUMENTS }))).toBe('HOLD_EXPIRED');
    const row = await staff.manager.gql<{ hajjRegistrationByTrackingCode: Registration }>(BY_CODE, { t: trackingCode });
    expect(row.data!.hajjRegistrationByTrackingCode).toMatchObject({ status: 'RELEASED', releaseReason: 'HOLD_EXPIRED' });
    expect(await seats(caravan.id)).toBe(0);
  });

  it('registers in person up to the whole capacity; then online is CARAVAN_FULL even with online share left', async () => {
    const caravan = await myCaravan(4);
    for (let i = 0; i < 4; i += 1) {
      const answer = await staff.manager.gql<{ hajjRegisterInPerson: Registration }>(IN_PERSON, {
        c: caravan.id,
        a: applicant(await addReceipt(db)),
      });
      expect(answer.data?.hajjRegisterInPerson).toMatchObject({ status: 'CONFIRMED', channel: 'IN_PERSON' });
    }
    expect(codeOf(await staff.manager.gql(IN_PERSON, { c: caravan.id, a: applicant(await addReceipt(db)) }))).toBe('CARAVAN_FULL');
    expect((await preRegisterAs(hajj.api, await addReceipt(db), caravan.id)).code).toBe('CARAVAN_FULL');
    expect(codeOf(await staff.otherManager.gql(IN_PERSON, { c: caravan.id, a: applicant(await addReceipt(db)) }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await staff.manager.gql(IN_PERSON, { c: caravan.id, a: applicant(await addReceipt(db, { depositDate: jalali('1384-11-01') })) }),
      ),
    ).toBe('RECEIPT_NEEDS_ACTION');
    const mine = await staff.manager.gql<{ hajjMyCaravans: Array<{ id: string; taken: number }> }>(MY_CARAVANS);
    expect(mine.data!.hajjMyCaravans.find((c) => c.id === caravan.id)).toMatchObject({ taken: 4 });
    expect(
      (await staff.otherManager.gql<{ hajjMyCaravans: Array<{ id: string }> }>(MY_CARAVANS)).data!.hajjMyCaravans.some(
        (c) => c.id === caravan.id,
      ),
    ).toBe(false);
  });
});

describe('payments, deadlines and replacement (rule 11)', () => {
  it('a paid applicant keeps his seat; one who missed the payment day is freed by the job, and the seat goes to the next applicant', async () => {
    const caravan = await myCaravan(2);
    const payer = await staff.manager.gql<{ hajjRegisterInPerson: Registration }>(IN_PERSON, {
      c: caravan.id,
      a: applicant(await addReceipt(db)),
    });
    const late = await staff.manager.gql<{ hajjRegisterInPerson: Registration }>(IN_PERSON, {
      c: caravan.id,
      a: applicant(await addReceipt(db)),
    });
    const next = await addReceipt(db);
    expect(codeOf(await staff.manager.gql(IN_PERSON, { c: caravan.id, a: applicant(next) }))).toBe('CARAVAN_FULL');

    // Only a branch of the caravan's province records payments.
    expect(codeOf(await staff.semnanOffice.gql(PAY, { t: payer.data!.hajjRegisterInPerson.trackingCode, p: 'BMI-77' }))).toBe('FORBIDDEN');
    const paid = await staff.semnanBank.gql(PAY, { t: payer.data!.hajjRegisterInPerson.trackingCode, p: 'BMI-77' });
    expect(paid.data).toMatchObject({
      hajjRecordPayment: { status: 'PAID', paymentSlip: { paymentReference: 'BMI-77', paidAt: expect.any(String) } },
    });
    await staff.manager.gql(DOCTOR, { r: payer.data!.hajjRegisterInPerson.id });

    // The payment day passes (Tehran days) for the other: the job frees him, once.
    await db.query(`UPDATE hajj_registration SET payment_due = $2 WHERE id = ANY($1::uuid[])`, [
      [late.data!.hajjRegisterInPerson.id, payer.data!.hajjRegisterInPerson.id],
      addDays(tehranToday(), -1),
    ]);
    expect(await releases.releaseDue()).toBe(1);
    expect(await releases.releaseDue()).toBe(0);
    const freed = await staff.manager.gql<{ hajjRegistrationByTrackingCode: Registration }>(BY_CODE, {
      t: late.data!.hajjRegisterInPerson.trackingCode,
    });
    expect(freed.data!.hajjRegistrationByTrackingCode).toMatchObject({ status: 'RELEASED', releaseReason: 'PAYMENT_MISSED' });

    const replaced = await staff.manager.gql<{ hajjReplaceRegistration: Registration }>(REPLACE, {
      r: late.data!.hajjRegisterInPerson.id,
      a: applicant(next),
    });
    expect(replaced.data!.hajjReplaceRegistration).toMatchObject({
      status: 'CONFIRMED',
      nationalId: next.nationalId,
      replacesTrackingCode: late.data!.hajjRegisterInPerson.trackingCode,
    });
    const old = await staff.manager.gql<{ hajjRegistrationByTrackingCode: Registration }>(BY_CODE, {
      t: late.data!.hajjRegisterInPerson.trackingCode,
    });
    expect(old.data!.hajjRegistrationByTrackingCode.replacedByTrackingCode).toBe(replaced.data!.hajjReplaceRegistration.trackingCode);
    expect(await seats(caravan.id)).toBe(2);
    // A seat is given once.
    expect(codeOf(await staff.manager.gql(REPLACE, { r: late.data!.hajjRegisterInPerson.id, a: applicant(await addReceipt(db)) }))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('frees the seat of one who missed the doctors; the manager may also replace a holder in one step', async () => {
    const caravan = await myCaravan(1);
    const first = await staff.manager.gql<{ hajjRegisterInPerson: Registration }>(IN_PERSON, {
      c: caravan.id,
      a: applicant(await addReceipt(db)),
    });
    await db.query(`UPDATE hajj_registration SET doctor_visit_due = $2 WHERE id = $1`, [
      first.data!.hajjRegisterInPerson.id,
      addDays(tehranToday(), -1),
    ]);
    expect(await releases.releaseDue()).toBe(1);
    const freed = await staff.manager.gql<{ hajjRegistrationByTrackingCode: Registration }>(BY_CODE, {
      t: first.data!.hajjRegisterInPerson.trackingCode,
    });
    expect(freed.data!.hajjRegistrationByTrackingCode.releaseReason).toBe('DOCTOR_VISIT_MISSED');

    const second = await staff.manager.gql<{ hajjRegisterInPerson: Registration }>(IN_PERSON, {
      c: caravan.id,
      a: applicant(await addReceipt(db)),
    });
    const third = await staff.manager.gql<{ hajjReplaceRegistration: Registration }>(REPLACE, {
      r: second.data!.hajjRegisterInPerson.id,
      a: applicant(await addReceipt(db)),
    });
    expect(third.data!.hajjReplaceRegistration.status).toBe('CONFIRMED');
    const list = await staff.manager.gql<{
      hajjCaravanRegistrations: { total: number; items: Array<{ trackingCode: string; status: string }> };
    }>(LIST, { c: caravan.id, f: { limit: 10 } });
    expect(list.data!.hajjCaravanRegistrations.total).toBe(3);
    expect(list.data!.hajjCaravanRegistrations.items.map((i) => i.status)).toEqual(['CONFIRMED', 'RELEASED', 'RELEASED']);
    expect(await seats(caravan.id)).toBe(1);
  });
});

describe('elected pilgrims, passports and restrictions (rules 12, 13, 15)', () => {
  it('keeps at most three elected pilgrims, of the caravan’s confirmed registrations', async () => {
    const caravan = await myCaravan(6);
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1)
      ids.push(
        (await staff.manager.gql<{ hajjRegisterInPerson: Registration }>(IN_PERSON, { c: caravan.id, a: applicant(await addReceipt(db)) }))
          .data!.hajjRegisterInPerson.id,
      );
    expect(codeOf(await staff.manager.gql(ELECT, { c: caravan.id, ids }))).toBe('BAD_USER_INPUT');
    const elected = await staff.manager.gql<{ hajjSetElectedPilgrims: Array<{ elected: boolean }> }>(ELECT, {
      c: caravan.id,
      ids: ids.slice(0, 3),
    });
    expect(elected.data!.hajjSetElectedPilgrims).toHaveLength(3);
    const changed = await staff.manager.gql<{ hajjSetElectedPilgrims: Array<{ elected: boolean }> }>(ELECT, {
      c: caravan.id,
      ids: [ids[3]],
    });
    expect(changed.data!.hajjSetElectedPilgrims).toHaveLength(1);
    const other = await addCaravan(db, season.id, { managerNationalId: staff.managerNationalId });
    expect(codeOf(await staff.manager.gql(ELECT, { c: other.id, ids: [ids[0]] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await staff.otherManager.gql(ELECT, { c: caravan.id, ids: [ids[0]] }))).toBe('NOT_FOUND');
    expect(codeOf(await staff.manager.gql(ELECT, { c: caravan.id, ids: ['not-a-uuid'] }))).toBe('BAD_USER_INPUT');
  });

  it('flags a passport expiring before 1394/01/01 to renew by the hand-over day, and names the rule of a restriction', async () => {
    const caravan = await myCaravan(2);
    const registration = (
      await staff.manager.gql<{ hajjRegisterInPerson: Registration }>(IN_PERSON, { c: caravan.id, a: applicant(await addReceipt(db)) })
    ).data!.hajjRegisterInPerson;
    const renew = await staff.manager.gql(PASSPORT, {
      r: registration.id,
      i: { passportNumber: 'j12345678', passportExpiry: jalali('1393-12-29'), restriction: 'OFFICIAL_ALREADY_WENT' },
    });
    expect(renew.data).toEqual({
      hajjRecordPassport: {
        passport: {
          number: 'J12345678',
          expiry: jalali('1393-12-29'),
          flag: 'RENEW',
          renewBy: jalali('1393-04-10'),
          restriction: 'OFFICIAL_ALREADY_WENT',
          restrictionRule: expect.stringContaining('۴۸۱/۶۱۶۸۹'),
        },
      },
    });
    const valid = await staff.manager.gql(PASSPORT, {
      r: registration.id,
      i: { passportNumber: 'J12345678', passportExpiry: jalali('1394-01-01'), restriction: 'CONSCRIPT' },
    });
    expect(valid.data).toMatchObject({
      hajjRecordPassport: {
        passport: { flag: 'VALID', renewBy: null, restriction: 'CONSCRIPT', restrictionRule: expect.stringContaining('نظام وظیفه') },
      },
    });
    expect(codeOf(await staff.otherManager.gql(PASSPORT, { r: registration.id, i: { restriction: 'NONE' } }))).toBe('NOT_FOUND');
  });
});

describe('who sees which registrations', () => {
  it('the manager his caravans, the Semnan office and bank Semnan’s, the admin all; nobody else', async () => {
    const semnan = await myCaravan(3);
    const tehran = await addCaravan(db, season.id, { province: 'تهران', managerNationalId: staff.otherManagerNationalId });
    await staff.manager.gql(IN_PERSON, { c: semnan.id, a: applicant(await addReceipt(db)) });
    const tehranHolder = await addReceipt(db, { province: 'تهران' });
    await staff.otherManager.gql(IN_PERSON, { c: tehran.id, a: applicant(tehranHolder) });
    const sees = async (client: HajjStaff['manager'], caravanId: string) =>
      codeOf(await client.gql(LIST, { c: caravanId, f: { limit: 5 } }));
    expect([await sees(staff.manager, semnan.id), await sees(staff.manager, tehran.id)]).toEqual(['OK', 'NOT_FOUND']);
    expect([await sees(staff.semnanOffice, semnan.id), await sees(staff.semnanOffice, tehran.id)]).toEqual(['OK', 'NOT_FOUND']);
    expect([await sees(staff.semnanBank, semnan.id), await sees(staff.semnanBank, tehran.id)]).toEqual(['OK', 'NOT_FOUND']);
    expect([await sees(staff.admin, semnan.id), await sees(staff.admin, tehran.id)]).toEqual(['OK', 'OK']);
    expect(await sees(staff.services, semnan.id)).toBe('FORBIDDEN');
    expect(codeOf(await staff.manager.gql(LIST, { c: semnan.id, f: { limit: 500 } }))).toBe('BAD_USER_INPUT');
  });
});
