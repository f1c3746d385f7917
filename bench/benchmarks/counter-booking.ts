import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { addDays, tehranToday } from '@pishkhan/domain-rules';
import type { Benchmark, BenchContext } from '../lib/benchmark';
import { assertLoopback, graphqlBody, requestOnce, type LoadTarget } from '../lib/load';

/** Booking attempts fired at once at one office-day, and that day's online places. */
const ATTEMPTS = Number(process.env.BENCH_COUNTER_ATTEMPTS ?? 1000);
const CAPACITY = 40;
/** The office's whole day: 80 % of it online (CAPACITY), the rest kept for walk-ins at the counter. */
const DAILY_CAPACITY = 50;
const ONLINE_SHARE_PERCENT = 80;

/** The public calendar's figures before it read a whole range in one statement (commit aefc7b9, RESULTS.md of 2026-11-30). */
const CALENDAR_BEFORE =
  '0.08× (265 req/s against 3,345 `{ hello }`/s; p50 190 ms, p99 651 ms), 4 SQL statements per request: the per-IP limit, the office, its days’ settings, the counts by day';

const BOOK = 'mutation($input: BookVerificationAppointmentInput!) { bookVerificationAppointment(input: $input) { trackingCode } }';
const DAYS =
  'query($c: String!, $f: String!, $t: String!) { counterOfficeDays(officeCode: $c, from: $f, to: $t) { date capacity booked left open } }';

interface Burst {
  attemptsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  answers: unknown[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function post(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  return response.json();
}

/** Sends every body at once (one request each, all in flight together) and times each answer. */
async function burst(url: string, bodies: string[]): Promise<Burst> {
  assertLoopback(url);
  const started = performance.now();
  const timed = await Promise.all(
    bodies.map(async (body) => {
      const t0 = performance.now();
      const answer = await post(url, body);
      return { ms: performance.now() - t0, answer };
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = timed.map((t) => t.ms).sort((a, b) => a - b);
  return {
    attemptsPerSecond: bodies.length / seconds,
    p50Ms: Math.round(percentile(sorted, 50)),
    p99Ms: Math.round(percentile(sorted, 99)),
    answers: timed.map((t) => t.answer),
  };
}

/** A bench office of its own (50 places a day, 40 of them online; every weekday), straight into the API's database. */
async function benchOffice(ctx: BenchContext): Promise<string> {
  const code = String(randomInt(90_000_000, 99_999_999));
  await ctx.pishkhan.database.dataSource.query(
    `INSERT INTO counter_office (code, name, province, city, address, phone, daily_capacity, online_share_percent, open_weekdays) VALUES ($1, $2, 'تهران', 'تهران', 'تهران', '02100000000', $3, $4, '{0,1,2,3,4,5,6}')`,
    [code, `دفتر آزمون بار ${code}`, DAILY_CAPACITY, ONLINE_SHARE_PERCENT],
  );
  return code;
}

/** The SQL statements sent to PostgreSQL while `work` runs (every pg client of the process, prepared ones included). */
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: Client, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return count;
}

/** Captchas solved beforehand through the development-only `devCaptchaAnswer`, so that the burst measures booking only. */
async function solvedCaptchas(url: string, count: number): Promise<Array<{ captchaId: string; captchaAnswer: string }>> {
  const solved: Array<{ captchaId: string; captchaAnswer: string }> = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, async () => {
        const issued = (await post(url, graphqlBody('mutation { newCaptcha { id } }'))) as { data: { newCaptcha: { id: string } } };
        const captchaId = issued.data.newCaptcha.id;
        const answer = (await post(url, graphqlBody('query($id: ID!) { devCaptchaAnswer(captchaId: $id) }', { id: captchaId }))) as {
          data: { devCaptchaAnswer: string };
        };
        return { captchaId, captchaAnswer: answer.data.devCaptchaAnswer };
      }),
    );
    solved.push(...batch);
  }
  return solved;
}

/** One round: 1,000 bookings for one office-day of capacity 40 at once, and as many `{ hello }` at the bare baseline. */
async function round(
  ctx: BenchContext,
  subjectFirst: boolean,
): Promise<{ subject: Burst; baseline: Burst; booked: number; refused: Record<string, number> }> {
  const url = ctx.pishkhan.graphqlUrl;
  const code = await benchOffice(ctx);
  const day = tehranToday();
  const captchas = await solvedCaptchas(url, ATTEMPTS);
  const bodies = captchas.map((captcha, i) =>
    graphqlBody(BOOK, {
      input: {
        officeCode: code,
        date: day,
        applicant: {
          identificationNumber: `7${code}${String(i).padStart(4, '0')}`.slice(0, 16),
          firstName: 'آزمون',
          lastName: 'بار',
          fatherName: 'پدر',
          nationality: 'افغانستان',
          birthDate: '1990-01-01',
          mobile: `0935${String(1_000_000 + i)}`,
        },
        ...captcha,
      },
    }),
  );
  const hello = Array.from({ length: ATTEMPTS }, () => ctx.baseline.target.body);
  let subject: Burst;
  let baseline: Burst;
  if (subjectFirst) {
    subject = await burst(url, bodies);
    baseline = await burst(ctx.baseline.target.url, hello);
  } else {
    baseline = await burst(ctx.baseline.target.url, hello);
    subject = await burst(url, bodies);
  }
  const refused: Record<string, number> = {};
  let ok = 0;
  for (const answer of subject.answers as Array<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }>) {
    const code = answer.errors?.[0]?.extensions?.code;
    if (code) refused[code] = (refused[code] ?? 0) + 1;
    else ok += 1;
  }
  const [{ n }] = (await ctx.pishkhan.database.dataSource.query(
    `SELECT count(*)::int AS n FROM verification_appointment a JOIN counter_office o ON o.id = a.office_id WHERE o.code = $1 AND a.day = $2 AND a.status = 'BOOKED' AND a.channel = 'ONLINE'`,
    [code, day],
  )) as [{ n: number }];
  if (n !== CAPACITY || ok !== CAPACITY || refused.DAY_FULL !== ATTEMPTS - CAPACITY) {
    throw new Error(
      `counterBooking: ${n} booked in the database, ${ok} answered booked, refusals ${JSON.stringify(refused)}; expected exactly ${CAPACITY} and ${ATTEMPTS - CAPACITY} DAY_FULL`,
    );
  }
  return { subject, baseline, booked: n, refused };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let calendarOffice = '';

/**
 * Seed 003's capacity rule under a burst: 1,000 booking attempts at once for the online share (40 of
 * 50 places) of one office-day must book exactly 40 (asserted each round, from the answers and from the database),
 * timed against as many `{ hello }` requests at the bare baseline, side by side in this process.
 * The per-IP and per-identification-number limits are raised for the bench (one address sends
 * everything) and the captchas are solved beforehand through the development-only
 * `devCaptchaAnswer`, so neither hides the cost of the locks. The timed load that follows is the
 * public day calendar (`counterOfficeDays`, live counts) the booking page reads: one statement for
 * the whole range (a series of days joined to the days' settings and the counts by day and share)
 * besides the per-IP limit, coalesced with the calendars asked at the same time; its ratio before
 * that is kept in the facts (CALENDAR_BEFORE).
 */
export const counterBooking: Benchmark = {
  name: 'counterBooking',
  description: `${ATTEMPTS.toLocaleString('en-US')} concurrent \`bookVerificationAppointment\` attempts for the online share (${CAPACITY} of ${DAILY_CAPACITY} places) of one office-day (one transaction each: the office's shared lock, the office-day advisory lock, a live recount of both shares, the insert), against as many \`{ hello }\` at the bare baseline; then the timed load of the public day calendar \`counterOfficeDays\` (31 days with live counts: one SQL statement for the range besides the per-IP limit, shared by the requests that arrive together). Limits raised and captchas solved beforehand for the bench.`,
  subjectLabel:
    '`POST /graphql` `counterOfficeDays(officeCode, from: today, to: today + 30)` of an office with its online share fully booked today (per-IP limits raised for the bench: one client address sends everything)',
  async target(ctx): Promise<LoadTarget> {
    calendarOffice = await benchOffice(ctx);
    const today = tehranToday();
    return { url: ctx.pishkhan.graphqlUrl, body: graphqlBody(DAYS, { c: calendarOffice, f: today, t: addDays(today, 30) }) };
  },
  check(answer) {
    const days = (answer as { data?: { counterOfficeDays?: Array<{ capacity: number }> } }).data?.counterOfficeDays;
    if (!days || days.length !== 31) return 'counterOfficeDays did not answer 31 days';
    return days[0]?.capacity === CAPACITY ? null : `capacity ${String(days[0]?.capacity)}, expected ${CAPACITY}`;
  },
  async facts(ctx, target) {
    const rounds = [];
    for (let i = 0; i < ctx.settings.rounds; i += 1) {
      const r = await round(ctx, i % 2 === 1);
      console.log(
        `  burst ${i + 1}: booked ${r.booked} of ${ATTEMPTS} (DAY_FULL ${r.refused.DAY_FULL ?? 0}); subject ${Math.round(r.subject.attemptsPerSecond)} attempts/s p99 ${r.subject.p99Ms} ms; baseline ${Math.round(r.baseline.attemptsPerSecond)} req/s p99 ${r.baseline.p99Ms} ms`,
      );
      rounds.push(r);
    }
    // The calendar load reads a full day.
    const today = tehranToday();
    const [{ id }] = (await ctx.pishkhan.database.dataSource.query('SELECT id FROM counter_office WHERE code = $1', [calendarOffice])) as [
      { id: string },
    ];
    await ctx.pishkhan.database.dataSource.query(
      `INSERT INTO verification_appointment (tracking_code, office_id, day, identification_number, first_name, last_name, father_name, nationality, birth_date, mobile)
       SELECT '8' || lpad(n::text, 9, '0') || $3, $1, $2, '6' || $3 || lpad(n::text, 6, '0'), 'آزمون', 'بار', 'پدر', 'افغانستان', '1990-01-01', '09350000000' FROM generate_series(1, $4) AS n`,
      [id, today, calendarOffice, CAPACITY],
    );
    await requestOnce(target);
    const statements = await countStatements(() => requestOnce(target));
    const oneDay = await countStatements(() =>
      requestOnce({ ...target, body: graphqlBody(DAYS, { c: calendarOffice, f: today, t: today }) }),
    );
    const together = await countStatements(() => Promise.all(Array.from({ length: 50 }, () => requestOnce(target))));
    const subjectRate = median(rounds.map((r) => r.subject.attemptsPerSecond));
    const baselineRate = median(rounds.map((r) => r.baseline.attemptsPerSecond));
    const subjectP99 = median(rounds.map((r) => r.subject.p99Ms));
    const baselineP99 = median(rounds.map((r) => r.baseline.p99Ms));
    return {
      bursts: `${rounds.length} × ${ATTEMPTS.toLocaleString('en-US')} booking attempts at once, each on a new office-day whose online share is ${CAPACITY} of ${DAILY_CAPACITY} places: booked exactly ${CAPACITY} every time (answers and database), the other ${ATTEMPTS - CAPACITY} answered DAY_FULL`,
      'booking attempts/s (median)': `${Math.round(subjectRate)} against ${Math.round(baselineRate)} \`{ hello }\`/s at the bare baseline: ${(subjectRate / baselineRate).toFixed(2)}×`,
      'booking p99 (median)': `${subjectP99} ms against ${baselineP99} ms at the bare baseline: ${(subjectP99 / Math.max(1, baselineP99)).toFixed(2)}×`,
      'booking p50 (median)': `${median(rounds.map((r) => r.subject.p50Ms))} ms against ${median(rounds.map((r) => r.baseline.p50Ms))} ms`,
      'public calendar: SQL statements': `${statements} for a lone request of 31 days, ${oneDay} for one day (the per-IP limit and the calendar's one statement); ${together} for 50 requests sent at once (both coalesced across the requests that arrive together)`,
      'public calendar before (the table below is after)': CALENDAR_BEFORE,
    };
  },
};
