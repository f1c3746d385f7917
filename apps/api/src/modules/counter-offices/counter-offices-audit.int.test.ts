import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { tehranToday } from '../../platform/time/tehran-date';
import { Role, signIn, type TestUser } from '../../test-support/accounts-fixtures';
import { startTestApi, type TestApi, type TestClient } from '../../test-support/test-api';
import { createOffice, createStaff, newApplicant, WALK_IN, type WalkedIn } from '../../test-support/counter-offices-fixtures';
import type { CounterOffice } from './counter-office.entity';
import { INSPECTION_ITEMS } from './inspection.entity';

let api: TestApi;
let db: DataSource;
let reader: TestClient;

interface Line {
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
}

beforeAll(async () => {
  api = await startTestApi({ COUNTER_LIMIT_PER_IP_MINUTE: '100000', COUNTER_LIMIT_PER_ID_HOUR: '100000' });
  db = api.server.database.dataSource;
  reader = await signIn(api, await createStaff(db, Role.SYSTEM_ADMIN));
});
afterAll(async () => {
  await api.stop();
});

/** Every line the audit search finds by (or about) this person, as the audit page asks for them. */
async function linesOf(user: TestUser): Promise<Line[]> {
  const found = await reader.gql<{ auditEvents: { items: Line[] } }>(
    'query($f: AuditFilter) { auditEvents(filter: $f) { items { action outcome targetType targetId targetLabel } } }',
    { f: { nationalId: user.nationalId, offset: 0, limit: 200 } },
  );
  expect(found.errors).toBeUndefined();
  return found.data!.auditEvents.items;
}

const officeWords = (office: CounterOffice) => `${office.name} (کد ${toPersianDigits(office.code)})`;

describe('the counter offices in the audit log', () => {
  it('names offices, appointments, service records, complaints and inspections in words, for their own lines and their mutations', async () => {
    const office = await createOffice(db, { dailyCapacity: 10, onlineSharePercent: 50 });
    const operatorUser = await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office);
    const inspectorUser = await createStaff(db, Role.FOREIGN_NATIONALS_INSPECTOR);
    const operator = await signIn(api, operatorUser);
    const inspector = await signIn(api, inspectorUser);

    // The operator books a walk-in and opens its service record.
    const walkedIn = await operator.gql<WalkedIn>(WALK_IN, { c: office.code, a: newApplicant() });
    expect(walkedIn.errors).toBeUndefined();
    const appointment = walkedIn.data!.bookCounterWalkIn;
    const started = await operator.gql<{ startVerificationServiceRecord: { id: string } }>(
      'mutation($id: ID!) { startVerificationServiceRecord(appointmentId: $id) { id } }',
      { id: appointment.id },
    );
    expect(started.errors).toBeUndefined();
    const recordId = started.data!.startVerificationServiceRecord.id;
    // A receipt asked for a record nobody has: a line with an id no describer knows.
    const unknownRecord = randomUUID();
    const receipt = await fetch(`${api.url}/counter-offices/receipts/${unknownRecord}.pdf`, { headers: { cookie: operator.cookie! } });
    expect(receipt.status).toBe(404);

    // The inspector records a complaint, an inspection that fails, and suspends the office.
    const complaint = await inspector.gql<{ recordCounterOfficeComplaint: { id: string } }>(
      'mutation($i: ComplaintInput!) { recordCounterOfficeComplaint(input: $i) { id } }',
      { i: { officeCode: office.code, channel: 'HOTLINE_195', text: 'دریافت وجه اضافه برای نوبت' } },
    );
    expect(complaint.errors).toBeUndefined();
    const complaintId = complaint.data!.recordCounterOfficeComplaint.id;
    const inspection = await inspector.gql<{ recordCounterOfficeInspection: { id: string; outcome: string } }>(
      'mutation($i: InspectionInput!) { recordCounterOfficeInspection(input: $i) { id outcome } }',
      {
        i: {
          officeCode: office.code,
          visitedOn: tehranToday(),
          checklist: INSPECTION_ITEMS.map((item) => ({ item, passed: item !== 'APPROVED_FEE_ONLY' })),
          findings: 'دریافت وجه بیش از تعرفهٔ مصوب',
          complaintId,
        },
      },
    );
    expect(inspection.data?.recordCounterOfficeInspection.outcome).toBe('FAILED');
    const inspectionId = inspection.data!.recordCounterOfficeInspection.id;
    const suspended = await inspector.gql(
      'mutation($c: String!) { suspendCounterOfficeService(officeCode: $c, reason: "دریافت وجه اضافه") { id } }',
      {
        c: office.code,
      },
    );
    expect(suspended.errors).toBeUndefined();

    // A walk-in refused at the suspended office: recorded against the office by its code.
    const refused = await operator.gql(WALK_IN, { c: office.code, a: newApplicant() });
    expect(refused.errors?.[0]?.extensions?.code).toBe('OFFICE_SUSPENDED');

    const at = officeWords(office);
    const appointmentWords = `نوبت کد رهگیری ${toPersianDigits(appointment.trackingCode)} در ${at}`;
    const recordWords = `پروندهٔ خدمت ${appointmentWords}`;
    const complaintWords = `شکایت از طریق سامانهٔ ۱۹۵ دربارهٔ ${at}`;
    const inspectionWords = `بازرسی ${formatJalaliDate(tehranToday())} (با تخلف) از ${at}`;

    const byOperator = (await linesOf(operatorUser)).filter(
      (line) => line.action !== 'auth.login.password' && line.action !== 'mutation.loginWithPassword',
    );
    expect(
      byOperator
        .map(({ action, outcome, targetType, targetId, targetLabel }) => [action, outcome, targetType, targetId, targetLabel])
        .reverse(),
    ).toEqual([
      ['counter.appointment.walk-in', 'SUCCESS', 'verification_appointment', appointment.id, appointmentWords],
      ['mutation.bookCounterWalkIn', 'SUCCESS', 'verification_appointment', appointment.id, appointmentWords],
      ['counter.record.start', 'SUCCESS', 'verification_service_record', recordId, recordWords],
      ['mutation.startVerificationServiceRecord', 'SUCCESS', 'verification_service_record', recordId, recordWords],
      // Nobody knows the record: its line keeps its bare id.
      ['counter.receipt.download', 'DENIED', 'verification_service_record', unknownRecord, null],
      ['counter.appointment.walk-in', 'FAILURE', 'counter_office', office.code, at],
      // The refused mutation has no result, so no record to name.
      ['mutation.bookCounterWalkIn', 'FAILURE', 'verification_appointment', null, null],
    ]);

    const byInspector = (await linesOf(inspectorUser)).filter(
      (line) => line.action !== 'auth.login.password' && line.action !== 'mutation.loginWithPassword',
    );
    expect(
      byInspector.map(({ action, targetType, targetId, targetLabel }) => [action, targetType, targetId, targetLabel]).reverse(),
    ).toEqual([
      ['counter.complaint.record', 'counter_office_complaint', complaintId, complaintWords],
      ['mutation.recordCounterOfficeComplaint', 'counter_office_complaint', complaintId, complaintWords],
      ['counter.inspection.record', 'counter_office', office.id, at],
      ['mutation.recordCounterOfficeInspection', 'counter_office_inspection', inspectionId, inspectionWords],
      ['counter.office.suspend', 'counter_office', office.id, at],
      ['mutation.suspendCounterOfficeService', 'counter_office', office.id, at],
    ]);
  });
});
