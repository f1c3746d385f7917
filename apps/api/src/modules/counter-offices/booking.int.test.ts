import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { addDays, tehranToday } from '../../platform/time/tehran-date';
import { Role, signIn, solvedCaptcha } from '../../test-support/accounts-fixtures';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { CounterOffice, CounterOfficeDay } from './counter-office.entity';
import { dayPlan } from './office-calendar';
import { readOfficeDays } from './office-days';
import {
  BOOK,
  CANCEL,
  bookingVariables,
  countPgStatements,
  createOffice,
  createStaff,
  newApplicant,
  type Booked,
} from '../../test-support/counter-offices-fixtures';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  api = await startTestApi({
    COUNTER_LIMIT_PER_IP_MINUTE: '100000',
    COUNTER_LIMIT_PER_ID_HOUR: '100000',
    COUNTER_QUERY_LIMIT_PER_IP_MINUTE: '100000',
    COUNTER_BOOKING_HORIZON_DAYS: '30',
  });
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
});

const codeOf = (response: { errors?: Array<{ extensions?: { code?: string } }> }) => response.errors?.[0]?.extensions?.code ?? 'OK';
const today = () => tehranToday();

describe('booking an appointment', () => {
  it('never passes the day’s capacity, even with more attempts than places at two API processes on one database', async () => {
    const office = await createOffice(db, { dailyCapacity: 10 });
    const other = await startTestApi({ COUNTER_LIMIT_PER_IP_MINUTE: '100000', COUNTER_LIMIT_PER_ID_HOUR: '100000' });
    try {
      const clients = [api.client(), other.client()];
      // Captchas solved beforehand, so that the attempts arrive together.
      const attempts = await Promise.all(
        Array.from({ length: 30 }, async (_, i) => ({
          client: clients[i % 2]!,
          variables: await bookingVariables(clients[i % 2]!, office.code, newApplicant()),
        })),
      );
      const answers = await Promise.all(attempts.map(({ client, variables }) => client.gql<Booked>(BOOK, variables)));
      const codes = answers.map(codeOf);
      expect(codes.filter((c) => c === 'OK')).toHaveLength(10);
      expect(codes.filter((c) => c === 'DAY_FULL')).toHaveLength(20);
      // Both processes booked some of the places.
      expect(answers.filter((a, i) => i % 2 === 0 && codeOf(a) === 'OK').length).toBeGreaterThan(0);
      expect(answers.filter((a, i) => i % 2 === 1 && codeOf(a) === 'OK').length).toBeGreaterThan(0);
      const [{ n }] = (await db.query(
        `SELECT count(*)::int AS n FROM verification_appointment WHERE office_id = $1 AND day = $2 AND status = 'BOOKED'`,
        [office.id, today()],
      )) as [{ n: number }];
      expect(n).toBe(10);
      const codesBooked = new Set(answers.flatMap((a) => (a.data ? [a.data.bookVerificationAppointment.trackingCode] : [])));
      expect(codesBooked.size).toBe(10);
    } finally {
      await other.stop();
    }
  });

  it('answers a full day with the next days that have room, skipping closed days and full days', async () => {
    const office = await createOffice(db, { dailyCapacity: 1 });
    const client = api.client();
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant())))).toBe('OK');
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant(), addDays(today(), 2))))).toBe('OK');
    await db
      .getRepository(CounterOfficeDay)
      .insert({ officeId: office.id, day: addDays(today(), 3), closed: true, capacity: null, note: null });
    const full = await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant()));
    expect(full.errors?.[0]?.extensions).toMatchObject({
      code: 'DAY_FULL',
      nextDaysWithRoom: [addDays(today(), 1), addDays(today(), 4), addDays(today(), 5), addDays(today(), 6), addDays(today(), 7)],
    });
    const days = await client.gql<{
      counterOfficeDays: Array<{ date: string; capacity: number; booked: number; left: number; open: boolean }>;
    }>(
      'query($c: String!, $f: String!, $t: String!) { counterOfficeDays(officeCode: $c, from: $f, to: $t) { date capacity booked left open } }',
      { c: office.code, f: today(), t: addDays(today(), 3) },
    );
    expect(days.data?.counterOfficeDays).toEqual([
      { date: today(), capacity: 1, booked: 1, left: 0, open: true },
      { date: addDays(today(), 1), capacity: 1, booked: 0, left: 1, open: true },
      { date: addDays(today(), 2), capacity: 1, booked: 1, left: 0, open: true },
      { date: addDays(today(), 3), capacity: 0, booked: 0, left: 0, open: false },
    ]);
  });

  it('keeps one open appointment per applicant (identification number typed in any script); cancelling frees the place and lets him book again', async () => {
    const office = await createOffice(db, { dailyCapacity: 1 });
    const elsewhere = await createOffice(db, { dailyCapacity: 5 });
    const client = api.client();
    const latin = newApplicant().identificationNumber;
    // The same number typed with Persian digits and dashes.
    const persian = latin.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))).replace(/^(.{3})(.{3})/, '$1-$2-');
    const applicant = newApplicant({ identificationNumber: persian });
    const first = await client.gql<Booked>(BOOK, await bookingVariables(client, office.code, applicant));
    expect(codeOf(first)).toBe('OK');
    const [stored] = (await db.query('SELECT identification_number FROM verification_appointment WHERE tracking_code = $1', [
      first.data!.bookVerificationAppointment.trackingCode,
    ])) as Array<{ identification_number: string }>;
    expect(stored?.identification_number).toBe(latin);
    // Two more at once, at another office, with the number in Latin digits: both refused.
    const again = await Promise.all(
      [0, 1].map(async () =>
        client.gql(
          BOOK,
          await bookingVariables(client, elsewhere.code, { ...applicant, identificationNumber: latin }, addDays(today(), 1)),
        ),
      ),
    );
    expect(again.map(codeOf)).toEqual(['ALREADY_BOOKED', 'ALREADY_BOOKED']);
    // The office is full today; a wrong identification number or tracking code gets one answer.
    const trackingCode = first.data!.bookVerificationAppointment.trackingCode;
    const wrong = await solvedCaptcha(client);
    expect(codeOf(await client.gql(CANCEL, { t: trackingCode, i: '999999999999', c: wrong.captchaId, a: wrong.captchaAnswer }))).toBe(
      'APPOINTMENT_NOT_MATCHED',
    );
    const wrong2 = await solvedCaptcha(client);
    expect(codeOf(await client.gql(CANCEL, { t: '1234567890', i: latin, c: wrong2.captchaId, a: wrong2.captchaAnswer }))).toBe(
      'APPOINTMENT_NOT_MATCHED',
    );
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant())))).toBe('DAY_FULL');
    const captcha = await solvedCaptcha(client);
    const cancelled = await client.gql(CANCEL, {
      t: trackingCode,
      i: applicant.identificationNumber,
      c: captcha.captchaId,
      a: captcha.captchaAnswer,
    });
    expect(codeOf(cancelled)).toBe('OK');
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant())))).toBe('OK');
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, elsewhere.code, applicant)))).toBe('OK');
  });

  it('refuses past days, days beyond the horizon, closed weekdays, closed dates, a wrong captcha, and tells the applicant by SMS when booked', async () => {
    const tomorrowsWeekday = (new Date(`${addDays(today(), 1)}T00:00:00Z`).getUTCDay() + 1) % 7;
    const office = await createOffice(db, { dailyCapacity: 3, openWeekdays: [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== tomorrowsWeekday) });
    const client = api.client();
    const past = await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant(), addDays(today(), -1)));
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'DATE_NOT_BOOKABLE', lastBookableDate: addDays(today(), 30) });
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant(), addDays(today(), 31))))).toBe(
      'DATE_NOT_BOOKABLE',
    );
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant(), addDays(today(), 1))))).toBe(
      'OFFICE_CLOSED_THAT_DAY',
    );
    const variables = await bookingVariables(client, office.code, newApplicant(), addDays(today(), 2));
    expect(codeOf(await client.gql(BOOK, { input: { ...variables.input, captchaAnswer: 'wrong' } }))).toBe('CAPTCHA_INVALID');
    const applicant = newApplicant();
    const ok = await client.gql<Booked>(BOOK, await bookingVariables(client, office.code, applicant, addDays(today(), 2)));
    expect(codeOf(ok)).toBe('OK');
    const sms = (await db.query(`SELECT text FROM sms_outbox WHERE to_mobile = $1`, [applicant.mobile])) as Array<{ text: string }>;
    expect(sms[0]?.text).toContain(ok.data!.bookVerificationAppointment.trackingCode);
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, '1234', newApplicant())))).toBe('BAD_USER_INPUT');
  });

  it('limits bookings per IP (COUNTER_LIMIT_PER_IP_MINUTE)', async () => {
    const limited = await startTestApi({ COUNTER_LIMIT_PER_IP_MINUTE: '2', TRUST_PROXY_HOPS: '1' });
    try {
      const office = await createOffice(db, { dailyCapacity: 10 });
      const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;
      const client = limited.client({ ip });
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant()))));
      expect(codes).toEqual(['OK', 'OK', 'RATE_LIMITED']);
      // Another address is not held back.
      const elsewhere = limited.client({ ip: '10.250.250.250' });
      expect(codeOf(await elsewhere.gql(BOOK, await bookingVariables(elsewhere, office.code, newApplicant())))).toBe('OK');
    } finally {
      await limited.stop();
    }
  });
});

describe('the public day calendar', () => {
  const DAYS =
    'query($c: String!, $f: String!, $t: String!) { counterOfficeDays(officeCode: $c, from: $f, to: $t) { date capacity booked left open bookable } }';

  it('answers any range from one SQL statement besides the per-IP limit, with weekdays, closed dates, day capacities and bookings applied', async () => {
    const tomorrowsWeekday = (new Date(`${addDays(today(), 1)}T00:00:00Z`).getUTCDay() + 1) % 7;
    const office = await createOffice(db, { dailyCapacity: 4, openWeekdays: [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== tomorrowsWeekday) });
    await db.getRepository(CounterOfficeDay).insert([
      { officeId: office.id, day: addDays(today(), 2), closed: true, capacity: null, note: 'تعطیل' },
      { officeId: office.id, day: addDays(today(), 3), closed: false, capacity: 2, note: 'نیمه‌وقت' },
    ]);
    const client = api.client();
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant(), addDays(today(), 3))))).toBe('OK');
    await client.gql(DAYS, { c: office.code, f: today(), t: today() });
    const oneDay = await countPgStatements(() => client.gql(DAYS, { c: office.code, f: today(), t: today() }));
    let answer: Awaited<ReturnType<typeof client.gql<{ counterOfficeDays: unknown[] }>>> | undefined;
    const sixtyTwoDays = await countPgStatements(async () => {
      answer = await client.gql<{ counterOfficeDays: unknown[] }>(DAYS, { c: office.code, f: today(), t: addDays(today(), 61) });
    });
    expect(oneDay).toBe(2);
    expect(sixtyTwoDays).toBe(2);
    expect(answer?.data?.counterOfficeDays).toHaveLength(62);
    expect(answer?.data?.counterOfficeDays.slice(0, 4)).toEqual([
      { date: today(), capacity: 4, booked: 0, left: 4, open: true, bookable: true },
      { date: addDays(today(), 1), capacity: 0, booked: 0, left: 0, open: false, bookable: false },
      { date: addDays(today(), 2), capacity: 0, booked: 0, left: 0, open: false, bookable: false },
      { date: addDays(today(), 3), capacity: 2, booked: 1, left: 1, open: true, bookable: true },
    ]);
    // Calendars asked together share statements; each still gets its own office and range.
    const other = await createOffice(db, { dailyCapacity: 9, onlineSharePercent: 50 });
    const together = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        client.gql<{ counterOfficeDays: Array<{ date: string; capacity: number }> }>(DAYS, {
          c: i % 2 ? other.code : office.code,
          f: addDays(today(), i),
          t: addDays(today(), i + (i % 3)),
        }),
      ),
    );
    together.forEach((answer, i) => {
      expect(answer.data?.counterOfficeDays.map((d) => d.date)).toEqual(
        Array.from({ length: (i % 3) + 1 }, (_, k) => addDays(today(), i + k)),
      );
      if (i % 2) expect(answer.data?.counterOfficeDays.every((d) => d.capacity === 4)).toBe(true);
    });
    const [first, unknown, second] = await readOfficeDays(
      (sql, values) => db.query(sql, values),
      [
        { code: other.code, from: today(), to: addDays(today(), 1) },
        { code: '99999998', from: today(), to: today() },
        { code: office.code, from: addDays(today(), 3), to: addDays(today(), 3) },
      ],
    );
    expect(first?.map((d) => [d.date, d.capacity, d.online_capacity])).toEqual([
      [today(), 9, 4],
      [addDays(today(), 1), 9, 4],
    ]);
    expect(unknown).toEqual([]);
    expect(second).toMatchObject([{ date: addDays(today(), 3), capacity: 2, online: 1, capacity_override: 2, note: 'نیمه‌وقت' }]);
    // Past the horizon: open, with room, not bookable.
    expect(answer?.data?.counterOfficeDays[45]).toMatchObject({ open: true, left: 4, bookable: false });
    expect(codeOf(await client.gql(DAYS, { c: office.code, f: today(), t: addDays(today(), 62) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await client.gql(DAYS, { c: '99999998', f: today(), t: today() }))).toBe('NOT_FOUND');
  });
});

describe('the calendar statement', () => {
  it('applies weekdays, closed dates, day capacities and the online share in SQL exactly as a booking does (dayPlan)', async () => {
    const office = await createOffice(db, { openWeekdays: [0, 2, 4, 6] });
    const from = today();
    const to = addDays(from, 61);
    await db.getRepository(CounterOfficeDay).insert([
      { officeId: office.id, day: addDays(from, 1), closed: true, capacity: null, note: null },
      { officeId: office.id, day: addDays(from, 2), closed: false, capacity: 0, note: null },
      { officeId: office.id, day: addDays(from, 3), closed: false, capacity: 1, note: null },
      { officeId: office.id, day: addDays(from, 4), closed: false, capacity: 13, note: null },
      { officeId: office.id, day: addDays(from, 5), closed: true, capacity: null, note: null },
    ]);
    const overrides = new Map(
      (
        (await db.query('SELECT day::text AS day, closed, capacity FROM counter_office_day WHERE office_id = $1', [office.id])) as Array<{
          day: string;
          closed: boolean;
          capacity: number | null;
        }>
      ).map((o) => [o.day, o]),
    );
    for (const dailyCapacity of [0, 1, 7, 40]) {
      for (const onlineSharePercent of [0, 1, 33, 67, 80, 99, 100]) {
        await db.getRepository(CounterOffice).update({ id: office.id }, { dailyCapacity, onlineSharePercent });
        const [rows = []] = await readOfficeDays((sql, values) => db.query(sql, values), [{ code: office.code, from, to }]);
        expect(rows).toHaveLength(62);
        for (const row of rows) {
          const plan = dayPlan({ dailyCapacity, openWeekdays: office.openWeekdays, onlineSharePercent }, overrides.get(row.date), row.date);
          expect({ date: row.date, open: row.open, capacity: row.capacity, online: row.online_capacity }).toEqual({
            date: row.date,
            open: plan.open,
            capacity: plan.capacity,
            online: plan.online,
          });
        }
      }
    }
  });
});

describe('suspension', () => {
  it('blocks new bookings at the office, tells its booked applicants by SMS, and lifting it lets bookings in again', async () => {
    const office = await createOffice(db, { dailyCapacity: 5 });
    const inspector = await signIn(api, await createStaff(db, Role.FOREIGN_NATIONALS_INSPECTOR));
    const operator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office));
    const client = api.client();
    const applicant = newApplicant();
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, applicant, addDays(today(), 1))))).toBe('OK');
    const SUSPEND =
      'mutation($c: String!, $r: String!) { suspendCounterOfficeService(officeCode: $c, reason: $r) { code status suspensionReason } }';
    const LIFT = 'mutation($c: String!) { liftCounterOfficeSuspension(officeCode: $c) { code status } }';
    expect(codeOf(await operator.gql(SUSPEND, { c: office.code, r: 'نبود مسئول انتظامات' }))).toBe('FORBIDDEN');
    const suspended = await inspector.gql<{ suspendCounterOfficeService: { status: string; suspensionReason: string } }>(SUSPEND, {
      c: office.code,
      r: 'دریافت وجه اضافه از متقاضیان',
    });
    expect(suspended.data?.suspendCounterOfficeService).toEqual({
      code: office.code,
      status: 'SUSPENDED',
      suspensionReason: 'دریافت وجه اضافه از متقاضیان',
    });
    expect(codeOf(await inspector.gql(SUSPEND, { c: office.code, r: 'دوباره' }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant())))).toBe('OFFICE_SUSPENDED');
    const told = (await db.query(`SELECT text, purpose FROM sms_outbox WHERE to_mobile = $1 ORDER BY created_at`, [
      applicant.mobile,
    ])) as Array<{ text: string; purpose: string }>;
    expect(told.map((m) => m.purpose)).toEqual(['counter.appointment', 'counter.office.suspended']);
    expect(told[1]!.text).toContain('معلق');
    const [audit] = (await db.query(`SELECT details FROM audit_event WHERE action = 'counter.office.suspend' AND target_id = $1`, [
      office.id,
    ])) as Array<{ details: { applicantsTold: number } }>;
    expect(audit?.details.applicantsTold).toBe(1);
    const lifted = await inspector.gql<{ liftCounterOfficeSuspension: { status: string } }>(LIFT, { c: office.code });
    expect(lifted.data?.liftCounterOfficeSuspension.status).toBe('ACTIVE');
    expect(codeOf(await client.gql(BOOK, await bookingVariables(client, office.code, newApplicant())))).toBe('OK');
  });
});
