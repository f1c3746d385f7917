import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { addDays, tehranToday } from '../../platform/time/tehran-date';
import { Role, signIn } from '../../test-support/accounts-fixtures';
import { startTestApi, type TestApi, type TestClient } from '../../test-support/test-api';
import { CounterOfficeDay } from './counter-office.entity';
import {
  BOOK,
  WALK_IN,
  bookingVariables,
  createOffice,
  createStaff,
  newApplicant,
  type Booked,
  type WalkedIn,
} from '../../test-support/counter-offices-fixtures';

let api: TestApi;
let db: DataSource;

const LIMITS = { COUNTER_LIMIT_PER_IP_MINUTE: '100000', COUNTER_LIMIT_PER_ID_HOUR: '100000', COUNTER_QUERY_LIMIT_PER_IP_MINUTE: '100000' };

beforeAll(async () => {
  api = await startTestApi(LIMITS);
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
});

const codeOf = (response: { errors?: Array<{ extensions?: { code?: string } }> }) => response.errors?.[0]?.extensions?.code ?? 'OK';
const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;
const today = () => tehranToday();

const PUBLIC_DAYS =
  'query($c: String!, $f: String!, $t: String!) { counterOfficeDays(officeCode: $c, from: $f, to: $t) { date capacity booked left open bookable } }';
const STAFF_CALENDAR =
  'query($c: String!, $f: String!, $t: String!) { counterOfficeCalendar(officeCode: $c, from: $f, to: $t) { date capacity booked left onlineCapacity counterCapacity onlineBooked counterBooked } }';
const SET_WEEK =
  'mutation($c: String!, $i: OfficeWeekInput!) { setCounterOfficeWeek(officeCode: $c, input: $i) { onlineSharePercent dailyCapacity counterCapacityToday counterBookedToday } }';

async function takenByChannel(officeId: string, day: string): Promise<Record<string, number>> {
  const rows = (await db.query(
    `SELECT channel, count(*)::int AS n FROM verification_appointment WHERE office_id = $1 AND day = $2 AND status <> 'CANCELLED' GROUP BY channel`,
    [officeId, day],
  )) as Array<{
    channel: string;
    n: number;
  }>;
  return Object.fromEntries(rows.map((r) => [r.channel, r.n]));
}

describe('online and counter capacity kept apart', () => {
  it('never passes either share, nor the day, with online bookings and walk-ins sent at once to two API processes', async () => {
    // 10 places: 6 online, 4 at the counter.
    const office = await createOffice(db, { dailyCapacity: 10, onlineSharePercent: 60 });
    const other = await startTestApi(LIMITS);
    try {
      const [operatorHere, operatorThere] = await Promise.all([
        createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office).then((u) => signIn(api, u)),
        createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office).then((u) => signIn(other, u)),
      ]);
      const publics = [api.client(), other.client()];
      // Captchas solved beforehand, so that every attempt arrives together.
      const online = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => ({
          client: publics[i % 2]!,
          variables: await bookingVariables(publics[i % 2]!, office.code, newApplicant()),
        })),
      );
      const walkIns = Array.from({ length: 12 }, (_, i) => ({
        client: i % 2 === 0 ? operatorHere : operatorThere,
        variables: { c: office.code, a: newApplicant() },
      }));
      const answers = await Promise.all([
        ...online.map(({ client, variables }) =>
          client.gql<Booked>(BOOK, variables).then((a) => ({ kind: 'online', process: publics.indexOf(client), code: codeOf(a) })),
        ),
        ...walkIns.map(({ client, variables }) =>
          client
            .gql<WalkedIn>(WALK_IN, variables)
            .then((a) => ({ kind: 'walk-in', process: client === operatorHere ? 0 : 1, code: codeOf(a) })),
        ),
      ]);
      const onlineCodes = answers.filter((a) => a.kind === 'online').map((a) => a.code);
      const walkInCodes = answers.filter((a) => a.kind === 'walk-in').map((a) => a.code);
      expect(count(onlineCodes, 'OK')).toBe(6);
      expect(count(onlineCodes, 'DAY_FULL')).toBe(14);
      expect(count(walkInCodes, 'OK')).toBe(4);
      expect(count(walkInCodes, 'COUNTER_SHARE_FULL')).toBe(8);
      // Both processes took places.
      expect(answers.some((a) => a.process === 0 && a.code === 'OK')).toBe(true);
      expect(answers.some((a) => a.process === 1 && a.code === 'OK')).toBe(true);
      expect(await takenByChannel(office.id, today())).toEqual({ ONLINE: 6, COUNTER: 4 });

      // The public sees the online share; the staff both.
      const publicDays = await api.client().gql<{ counterOfficeDays: unknown[] }>(PUBLIC_DAYS, { c: office.code, f: today(), t: today() });
      expect(publicDays.data?.counterOfficeDays).toEqual([{ date: today(), capacity: 6, booked: 6, left: 0, open: true, bookable: false }]);
      const staff = await operatorHere.gql<{ counterOfficeCalendar: unknown[] }>(STAFF_CALENDAR, {
        c: office.code,
        f: today(),
        t: today(),
      });
      expect(staff.data?.counterOfficeCalendar).toEqual([
        { date: today(), capacity: 10, booked: 10, left: 0, onlineCapacity: 6, counterCapacity: 4, onlineBooked: 6, counterBooked: 4 },
      ]);
    } finally {
      await other.stop();
    }
  });

  it('never passes the whole day when the share moves after bookings: a share already over its new size only stops taking places', async () => {
    const office = await createOffice(db, { dailyCapacity: 10, onlineSharePercent: 50 });
    const operator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office));
    const client = api.client();
    for (let i = 0; i < 5; i++)
      expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant())))).toBe('OK');
    // Now 2 online and 8 at the counter: 5 are booked online already.
    const moved = await operator.gql<{ setCounterOfficeWeek: unknown }>(SET_WEEK, {
      c: office.code,
      i: { dailyCapacity: 10, openWeekdays: [0, 1, 2, 3, 4, 5, 6], onlineSharePercent: 20 },
    });
    expect(moved.data?.setCounterOfficeWeek).toEqual({
      onlineSharePercent: 20,
      dailyCapacity: 10,
      counterCapacityToday: 8,
      counterBookedToday: 0,
    });
    const online = await Promise.all(Array.from({ length: 3 }, () => bookingVariables(client, office.code, newApplicant())));
    const answers = await Promise.all([
      ...online.map((variables) => client.gql(BOOK, variables).then(codeOf)),
      ...Array.from({ length: 8 }, () => operator.gql(WALK_IN, { c: office.code, a: newApplicant() }).then(codeOf)),
    ]);
    expect(answers.slice(0, 3)).toEqual(['DAY_FULL', 'DAY_FULL', 'DAY_FULL']);
    expect(count(answers.slice(3), 'OK')).toBe(5);
    expect(count(answers.slice(3), 'COUNTER_SHARE_FULL')).toBe(3);
    expect(await takenByChannel(office.id, today())).toEqual({ ONLINE: 5, COUNTER: 5 });
    const days = await client.gql<{ counterOfficeDays: unknown[] }>(PUBLIC_DAYS, { c: office.code, f: today(), t: addDays(today(), 1) });
    expect(days.data?.counterOfficeDays).toEqual([
      { date: today(), capacity: 2, booked: 5, left: 0, open: true, bookable: false },
      { date: addDays(today(), 1), capacity: 2, booked: 0, left: 2, open: true, bookable: true },
    ]);
  });

  it('books a walk-in for today at the operator’s own office only, from the counter share, ready for its service record', async () => {
    const office = await createOffice(db, { dailyCapacity: 5, onlineSharePercent: 60 });
    const elsewhere = await createOffice(db, { dailyCapacity: 5, onlineSharePercent: 60 });
    const operator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office));
    const inspector = await signIn(api, await createStaff(db, Role.FOREIGN_NATIONALS_INSPECTOR));
    const applicant = newApplicant();
    const walkedIn = await operator.gql<WalkedIn>(WALK_IN, { c: office.code, a: applicant });
    expect(walkedIn.errors).toBeUndefined();
    expect(walkedIn.data?.bookCounterWalkIn).toMatchObject({ date: today(), status: 'BOOKED', channel: 'COUNTER', recordId: null });
    const [stored] = (await db.query('SELECT booked_by, channel FROM verification_appointment WHERE id = $1', [
      walkedIn.data!.bookCounterWalkIn.id,
    ])) as Array<{ booked_by: string; channel: string }>;
    expect(stored).toMatchObject({ channel: 'COUNTER' });
    expect(stored?.booked_by).toMatch(/^[0-9a-f-]{36}$/);
    const sms = (await db.query(`SELECT text FROM sms_outbox WHERE to_mobile = $1`, [applicant.mobile])) as Array<{ text: string }>;
    expect(sms[0]?.text).toContain(walkedIn.data!.bookCounterWalkIn.trackingCode);
    // The day list shows it with its channel; a record is started for it like any appointment of today.
    const list = await operator.gql<{ counterOfficeAppointments: Array<{ id: string; channel: string }> }>(
      'query($c: String!, $d: String!) { counterOfficeAppointments(officeCode: $c, date: $d) { id channel } }',
      {
        c: office.code,
        d: today(),
      },
    );
    expect(list.data?.counterOfficeAppointments).toEqual([{ id: walkedIn.data!.bookCounterWalkIn.id, channel: 'COUNTER' }]);
    const started = await operator.gql('mutation($id: ID!) { startVerificationServiceRecord(appointmentId: $id) { id status } }', {
      id: walkedIn.data!.bookCounterWalkIn.id,
    });
    expect(codeOf(started)).toBe('OK');

    // The same applicant again (one open appointment), another office, another role, past the share.
    expect(codeOf(await operator.gql(WALK_IN, { c: office.code, a: applicant }))).toBe('ALREADY_BOOKED');
    expect(codeOf(await operator.gql(WALK_IN, { c: elsewhere.code, a: newApplicant() }))).toBe('NOT_FOUND');
    expect(codeOf(await inspector.gql(WALK_IN, { c: office.code, a: newApplicant() }))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().gql(WALK_IN, { c: office.code, a: newApplicant() }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await operator.gql(WALK_IN, { c: office.code, a: newApplicant() }))).toBe('OK');
    const full = await operator.gql(WALK_IN, { c: office.code, a: newApplicant() });
    expect(full.errors?.[0]?.extensions).toMatchObject({ code: 'COUNTER_SHARE_FULL', counterCapacity: 2 });
    expect(codeOf(await operator.gql(WALK_IN, { c: office.code, a: newApplicant({ mobile: '12345' }) }))).toBe('BAD_USER_INPUT');

    // A day closed today takes no walk-in either.
    await db.getRepository(CounterOfficeDay).insert({ officeId: elsewhere.id, day: today(), closed: true, capacity: null, note: null });
    const elsewhereOperator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, elsewhere));
    expect(codeOf(await elsewhereOperator.gql(WALK_IN, { c: elsewhere.code, a: newApplicant() }))).toBe('OFFICE_CLOSED_THAT_DAY');
  });

  it('refuses walk-ins while the office is suspended', async () => {
    const office = await createOffice(db, { dailyCapacity: 5, onlineSharePercent: 0 });
    const operator: TestClient = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office));
    const inspector = await signIn(api, await createStaff(db, Role.FOREIGN_NATIONALS_INSPECTOR));
    const suspended = await inspector.gql(
      'mutation($c: String!, $r: String!) { suspendCounterOfficeService(officeCode: $c, reason: $r) { status } }',
      { c: office.code, r: 'دریافت وجه اضافه' },
    );
    expect(codeOf(suspended)).toBe('OK');
    expect(codeOf(await operator.gql(WALK_IN, { c: office.code, a: newApplicant() }))).toBe('OFFICE_SUSPENDED');
  });

  it('lets the office set its online share on its capacity calendar (0–100), and the association any office’s', async () => {
    const office = await createOffice(db, { dailyCapacity: 9, onlineSharePercent: 100 });
    const operator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office));
    const association = await signIn(api, await createStaff(db, Role.COUNTER_OFFICES_ADMIN));
    const set = await operator.gql<{ setCounterOfficeWeek: { onlineSharePercent: number; counterCapacityToday: number } }>(SET_WEEK, {
      c: office.code,
      i: { dailyCapacity: 9, openWeekdays: [0, 1, 2, 3, 4, 5, 6], onlineSharePercent: 67 },
    });
    expect(set.data?.setCounterOfficeWeek).toMatchObject({ onlineSharePercent: 67, counterCapacityToday: 3 });
    expect(
      codeOf(await operator.gql(SET_WEEK, { c: office.code, i: { dailyCapacity: 9, openWeekdays: [0], onlineSharePercent: 101 } })),
    ).toBe('BAD_USER_INPUT');
    // Omitted: unchanged.
    const kept = await association.gql<{ setCounterOfficeWeek: { onlineSharePercent: number } }>(SET_WEEK, {
      c: office.code,
      i: { dailyCapacity: 12, openWeekdays: [0, 1, 2, 3, 4, 5, 6] },
    });
    expect(kept.data?.setCounterOfficeWeek.onlineSharePercent).toBe(67);
    const days = await api
      .client()
      .gql<{ counterOfficeDays: Array<{ capacity: number }> }>(PUBLIC_DAYS, { c: office.code, f: today(), t: today() });
    expect(days.data?.counterOfficeDays[0]?.capacity).toBe(8);
  });
});
