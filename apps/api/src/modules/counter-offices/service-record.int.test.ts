import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { PDFParse } from 'pdf-parse';
import { addDays, tehranToday } from '../../platform/time/tehran-date';
import { Role, signIn } from '../../test-support/accounts-fixtures';
import { startTestApi, type TestApi, type TestClient } from '../../test-support/test-api';
import { CounterServiceTariff, type CounterOffice } from './counter-office.entity';
import { BOOK, bookingVariables, createOffice, createStaff, newApplicant, type Booked } from '../../test-support/counter-offices-fixtures';
import { FINGERS } from './service-record-rules';
import { testPng } from './test-photo';

let api: TestApi;
let db: DataSource;
let office: CounterOffice;
let operator: TestClient;
let inspector: TestClient;
let association: TestClient;

const codeOf = (response: { errors?: Array<{ extensions?: { code?: string } }> }) => response.errors?.[0]?.extensions?.code ?? 'OK';

const RECORD_FIELDS =
  'id status trackingCode officeCode feeRials serviceTitle posReference missing receiptUrl photo { format width height } fingerprints { finger quality exceptionReason }';
const START = `mutation($id: ID!) { startVerificationServiceRecord(appointmentId: $id) { ${RECORD_FIELDS} } }`;
const DATA = `mutation($id: ID!, $input: ServiceRecordDataInput!) { saveVerificationServiceRecordData(recordId: $id, input: $input) { ${RECORD_FIELDS} } }`;
const FINGERPRINTS = `mutation($id: ID!, $f: [FingerprintInput!]!) { captureVerificationFingerprints(recordId: $id, fingerprints: $f) { ${RECORD_FIELDS} } }`;
const PHOTO = `mutation($id: ID!, $p: String!) { captureVerificationPhoto(recordId: $id, photoBase64: $p) { ${RECORD_FIELDS} } }`;
const PAY = `mutation($id: ID!, $pos: String!) { payVerificationFee(recordId: $id, posReference: $pos) { ${RECORD_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeVerificationServiceRecord(recordId: $id) { ${RECORD_FIELDS} } }`;
const DAY_LIST =
  'query($c: String!, $d: String!) { counterOfficeAppointments(officeCode: $c, date: $d) { id trackingCode status recordId } }';

interface RecordView {
  id: string;
  status: string;
  trackingCode: string;
  feeRials: number | null;
  serviceTitle: string | null;
  missing: string[];
  receiptUrl: string | null;
}

beforeAll(async () => {
  api = await startTestApi({ COUNTER_LIMIT_PER_IP_MINUTE: '100000', COUNTER_LIMIT_PER_ID_HOUR: '100000' });
  db = api.server.database.dataSource;
  if ((await db.getRepository(CounterServiceTariff).count()) === 0) {
    await db
      .getRepository(CounterServiceTariff)
      .insert({ title: 'احراز هویت اتباع خارجی', feeRials: 270_000, validFrom: '2000-01-01', validTo: null });
  }
  office = await createOffice(db, { dailyCapacity: 20 });
  operator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office));
  inspector = await signIn(api, await createStaff(db, Role.FOREIGN_NATIONALS_INSPECTOR));
  association = await signIn(api, await createStaff(db, Role.COUNTER_OFFICES_ADMIN));
});
afterAll(async () => {
  await api.stop();
});

/** Books today at `at` and returns the appointment's id as the day list shows it. */
async function bookedToday(at: CounterOffice = office, as: TestClient = operator): Promise<{ id: string; trackingCode: string }> {
  const client = api.client();
  const booked = await client.gql<Booked>(BOOK, await bookingVariables(client, at.code, newApplicant()));
  expect(booked.errors).toBeUndefined();
  const list = await as.gql<{ counterOfficeAppointments: Array<{ id: string; trackingCode: string }> }>(DAY_LIST, {
    c: at.code,
    d: tehranToday(),
  });
  return list.data!.counterOfficeAppointments.find((a) => a.trackingCode === booked.data!.bookVerificationAppointment.trackingCode)!;
}

async function completeAllButClose(recordId: string): Promise<RecordView> {
  await operator.gql(DATA, {
    id: recordId,
    input: { documentKind: 'FOREIGN_NATIONAL_CARD', gender: 'M', residenceAddress: 'تهران، خیابان آزادی، پلاک ۱' },
  });
  await operator.gql(FINGERPRINTS, {
    id: recordId,
    f: FINGERS.map((finger, i) =>
      i === 9 ? { finger, exceptionReason: 'قطع عضو' } : { finger, templateRef: `tpl-${finger}`, quality: 70 + i },
    ),
  });
  await operator.gql(PHOTO, { id: recordId, p: testPng(300, 400).toString('base64') });
  const paid = await operator.gql<{ payVerificationFee: RecordView }>(PAY, { id: recordId, pos: '۱۲۳۴۵۶۷۸۹۰۱۲' });
  expect(paid.errors).toBeUndefined();
  return paid.data!.payVerificationFee;
}

describe('service records at the counter', () => {
  it('cannot be closed while anything misses, and names what misses', async () => {
    const appointment = await bookedToday();
    const started = await operator.gql<{ startVerificationServiceRecord: RecordView }>(START, { id: appointment.id });
    expect(started.errors).toBeUndefined();
    const record = started.data!.startVerificationServiceRecord;
    expect(record.missing).toEqual(
      expect.arrayContaining(['field:documentKind', 'field:gender', 'field:residenceAddress', 'fingerprint:RIGHT_THUMB', 'photo', 'fee']),
    );
    const refused = await operator.gql(CLOSE, { id: record.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RECORD_INCOMPLETE', missing: record.missing });
    // A poor capture is refused and nothing of the call is saved; a landscape photo is refused.
    const poor = await operator.gql<{ captureVerificationFingerprints: RecordView }>(FINGERPRINTS, {
      id: record.id,
      f: [
        { finger: 'LEFT_INDEX', templateRef: 'tpl-ok', quality: 80 },
        { finger: 'LEFT_RING', templateRef: 'tpl', quality: 20 },
      ],
    });
    expect(poor.errors?.[0]?.extensions).toMatchObject({
      code: 'FINGERPRINT_QUALITY_LOW',
      minQuality: 40,
      fingers: [{ finger: 'LEFT_RING', quality: 20 }],
    });
    const [{ fingerprints: stored }] = (await db.query('SELECT fingerprints FROM verification_service_record WHERE id = $1', [
      record.id,
    ])) as [{ fingerprints: unknown[] }];
    expect(stored).toEqual([]);
    // Excused instead, it is saved.
    const excused = await operator.gql<{ captureVerificationFingerprints: RecordView }>(FINGERPRINTS, {
      id: record.id,
      f: [{ finger: 'LEFT_RING', exceptionReason: 'زخم انگشت' }],
    });
    expect(excused.data?.captureVerificationFingerprints.missing).not.toContain('fingerprint:LEFT_RING');
    const photo = await operator.gql(PHOTO, { id: record.id, p: testPng(500, 400).toString('base64') });
    expect(photo.errors?.[0]?.extensions).toMatchObject({ code: 'PHOTO_REJECTED', reason: 'NOT_PORTRAIT' });
    const both = await operator.gql(FINGERPRINTS, {
      id: record.id,
      f: [{ finger: 'LEFT_RING', templateRef: 'tpl', quality: 90, exceptionReason: 'x' }],
    });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    const outOfRange = await operator.gql(FINGERPRINTS, { id: record.id, f: [{ finger: 'LEFT_RING', templateRef: 'tpl', quality: 101 }] });
    expect(outOfRange.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const tooMany = await operator.gql(FINGERPRINTS, {
      id: record.id,
      f: Array.from({ length: 11 }, () => ({ finger: 'LEFT_RING', exceptionReason: 'x' })),
    });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    const complete = await completeAllButClose(record.id);
    expect(complete.missing).toEqual([]);
    const closed = await operator.gql<{ closeVerificationServiceRecord: RecordView }>(CLOSE, { id: record.id });
    expect(closed.data?.closeVerificationServiceRecord.status).toBe('CLOSED');
    const list = await operator.gql<{ counterOfficeAppointments: Array<{ id: string; status: string }> }>(DAY_LIST, {
      c: office.code,
      d: tehranToday(),
    });
    expect(list.data!.counterOfficeAppointments.find((a) => a.id === appointment.id)?.status).toBe('SERVED');
    expect(codeOf(await operator.gql(PHOTO, { id: record.id, p: testPng(300, 400).toString('base64') }))).toBe('INVALID_TRANSITION');
  });

  it('charges the fee of the tariff in force that day, not a newer one', async () => {
    const tomorrow = addDays(tehranToday(), 1);
    const set = await association.gql('mutation($i: TariffInput!) { setCounterServiceTariff(input: $i) { feeRials validFrom } }', {
      i: { title: 'احراز هویت اتباع خارجی', feeRials: 300_000, validFrom: tomorrow },
    });
    expect(set.errors).toBeUndefined();
    expect(
      codeOf(
        await operator.gql('mutation($i: TariffInput!) { setCounterServiceTariff(input: $i) { feeRials } }', {
          i: { title: 'x x x', feeRials: 1, validFrom: tomorrow },
        }),
      ),
    ).toBe('FORBIDDEN');
    const appointment = await bookedToday();
    const record = (await operator.gql<{ startVerificationServiceRecord: RecordView }>(START, { id: appointment.id })).data!
      .startVerificationServiceRecord;
    const paid = await completeAllButClose(record.id);
    expect(paid.feeRials).toBe(270_000);
    expect(paid.serviceTitle).toBe('احراز هویت اتباع خارجی');
    expect(codeOf(await operator.gql(PAY, { id: record.id, pos: '999999' }))).toBe('INVALID_TRANSITION');
    const tariffs = await association.gql<{
      counterServiceTariffs: Array<{ feeRials: number; validFrom: string; validTo: string | null }>;
    }>('{ counterServiceTariffs { feeRials validFrom validTo } }');
    expect(tariffs.data!.counterServiceTariffs.slice(0, 2)).toEqual([
      { feeRials: 300_000, validFrom: tomorrow, validTo: null },
      { feeRials: 270_000, validFrom: '2000-01-01', validTo: tehranToday() },
    ]);
  });

  it('serves a Persian PDF receipt with the tracking code to the operator of the office only', async () => {
    const appointment = await bookedToday();
    const record = (await operator.gql<{ startVerificationServiceRecord: RecordView }>(START, { id: appointment.id })).data!
      .startVerificationServiceRecord;
    expect(record.receiptUrl).toBeNull();
    const paid = await completeAllButClose(record.id);
    expect(paid.receiptUrl).toBe(`/counter-offices/receipts/${record.id}.pdf`);
    const response = await fetch(`${api.url}${paid.receiptUrl}`, { headers: { cookie: operator.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain(appointment.trackingCode);
    expect(text).toContain(office.code);
    expect(text).toContain('270,000');
    expect(text).toContain('ریال');
    // Another office's operator, the inspector and a signed-out caller get nothing.
    const otherOperator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, await createOffice(db)));
    expect((await fetch(`${api.url}${paid.receiptUrl}`, { headers: { cookie: otherOperator.cookie! } })).status).toBe(404);
    expect((await fetch(`${api.url}${paid.receiptUrl}`, { headers: { cookie: inspector.cookie! } })).status).toBe(403);
    expect((await fetch(`${api.url}${paid.receiptUrl}`)).status).toBe(401);
  });

  it('is refused while the office is suspended', async () => {
    const suspendedOffice = await createOffice(db);
    const own = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, suspendedOffice));
    const appointment = await bookedToday(suspendedOffice, own);
    const record = (await own.gql<{ startVerificationServiceRecord: RecordView }>(START, { id: appointment.id })).data!
      .startVerificationServiceRecord;
    await inspector.gql('mutation($c: String!) { suspendCounterOfficeService(officeCode: $c, reason: "عدم ثبت اثر انگشت") { status } }', {
      c: suspendedOffice.code,
    });
    expect(codeOf(await own.gql(DATA, { id: record.id, input: { gender: 'F' } }))).toBe('OFFICE_SUSPENDED');
    expect(codeOf(await own.gql(PAY, { id: record.id, pos: '123456' }))).toBe('OFFICE_SUSPENDED');
    await inspector.gql('mutation($c: String!) { liftCounterOfficeSuspension(officeCode: $c) { status } }', { c: suspendedOffice.code });
    expect(codeOf(await own.gql(DATA, { id: record.id, input: { gender: 'F' } }))).toBe('OK');
  });

  it('applies each role’s rows: the operator only his office; the inspector and the association see every office and serve at none', async () => {
    const other = await createOffice(db);
    const appointment = await bookedToday();
    expect(codeOf(await operator.gql(DAY_LIST, { c: other.code, d: tehranToday() }))).toBe('NOT_FOUND');
    expect(codeOf(await inspector.gql(DAY_LIST, { c: office.code, d: tehranToday() }))).toBe('FORBIDDEN');
    expect(codeOf(await inspector.gql(START, { id: appointment.id }))).toBe('FORBIDDEN');
    const otherOperator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, other));
    expect(codeOf(await otherOperator.gql(START, { id: appointment.id }))).toBe('NOT_FOUND');
    const CALENDAR =
      'query($c: String!, $f: String!, $t: String!) { counterOfficeCalendar(officeCode: $c, from: $f, to: $t) { date capacity } }';
    expect(codeOf(await operator.gql(CALENDAR, { c: office.code, f: tehranToday(), t: tehranToday() }))).toBe('OK');
    expect(codeOf(await operator.gql(CALENDAR, { c: other.code, f: tehranToday(), t: tehranToday() }))).toBe('NOT_FOUND');
    expect(codeOf(await association.gql(CALENDAR, { c: other.code, f: tehranToday(), t: tehranToday() }))).toBe('OK');
    expect(codeOf(await inspector.gql(CALENDAR, { c: other.code, f: tehranToday(), t: tehranToday() }))).toBe('FORBIDDEN');
    const LIST = 'query($f: CounterOfficeFilter!) { counterOfficeList(filter: $f) { total items { code } } }';
    expect(codeOf(await operator.gql(LIST, { f: { limit: 5 } }))).toBe('FORBIDDEN');
    const seen = await inspector.gql<{ counterOfficeList: { total: number } }>(LIST, { f: { search: other.code } });
    expect(seen.data?.counterOfficeList.total).toBe(1);
    expect(
      codeOf(await operator.gql('mutation($id: ID!) { startVerificationServiceRecord(appointmentId: $id) { id } }', { id: 'not-a-uuid' })),
    ).toBe('BAD_USER_INPUT');
  });

  it('records a complaint, an inspection that follows it, and shows them in the province overview', async () => {
    const watched = await createOffice(db, { province: 'قم', city: 'قم' });
    const complaint = await association.gql<{ recordCounterOfficeComplaint: { id: string; status: string } }>(
      'mutation($i: ComplaintInput!) { recordCounterOfficeComplaint(input: $i) { id status } }',
      { i: { officeCode: watched.code, channel: 'HOTLINE_195', text: 'دریافت وجه اضافه برای نوبت' } },
    );
    expect(complaint.data?.recordCounterOfficeComplaint.status).toBe('OPEN');
    const checklist = [
      'QUEUE_PERSON_APPOINTED',
      'APPROVED_FEE_ONLY',
      'POS_RECEIPT_GIVEN',
      'DATA_FIELDS_RECORDED',
      'FINGERPRINTS_RECORDED',
      'PHOTOS_RECORDED',
      'APPOINTMENTS_BY_CAPACITY',
      'NO_BROKERS',
      'RESPECTFUL_CONDUCT',
    ].map((item) => ({ item, passed: item !== 'APPROVED_FEE_ONLY' }));
    const INSPECT = 'mutation($i: InspectionInput!) { recordCounterOfficeInspection(input: $i) { id outcome complaintId } }';
    expect(
      codeOf(
        await inspector.gql(INSPECT, {
          i: { officeCode: watched.code, visitedOn: tehranToday(), checklist: checklist.slice(1), findings: 'ناقص' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const inspection = await inspector.gql<{ recordCounterOfficeInspection: { outcome: string; complaintId: string } }>(INSPECT, {
      i: {
        officeCode: watched.code,
        visitedOn: tehranToday(),
        checklist,
        findings: 'مبلغ ۳۵۰ هزار تومان دریافت می‌شد',
        complaintId: complaint.data!.recordCounterOfficeComplaint.id,
      },
    });
    expect(inspection.data?.recordCounterOfficeInspection).toMatchObject({
      outcome: 'FAILED',
      complaintId: complaint.data!.recordCounterOfficeComplaint.id,
    });
    await inspector.gql('mutation($c: String!) { suspendCounterOfficeService(officeCode: $c, reason: "دریافت وجه اضافه") { status } }', {
      c: watched.code,
    });
    const overview = await association.gql<{
      counterOfficesOverview: Array<{ province: string; offices: number; suspended: number; openComplaints: number; fillRate: number }>;
    }>('{ counterOfficesOverview { province offices suspended capacity booked fillRate openComplaints } }');
    const qom = overview.data!.counterOfficesOverview.find((row) => row.province === 'قم')!;
    expect(qom.suspended).toBeGreaterThanOrEqual(1);
    expect(qom.openComplaints).toBeGreaterThanOrEqual(1);
    const complaints = await inspector.gql<{ counterOfficeComplaints: { items: Array<{ status: string; inspectionId: string }> } }>(
      'query($f: ComplaintFilter!) { counterOfficeComplaints(filter: $f) { total items { status inspectionId } } }',
      { f: { officeCode: watched.code } },
    );
    expect(complaints.data!.counterOfficeComplaints.items[0]?.status).toBe('INSPECTED');
  });
});
