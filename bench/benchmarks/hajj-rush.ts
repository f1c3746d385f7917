import { randomInt } from 'node:crypto';
import http from 'node:http';
import { Client } from 'pg';
import { withCheckDigit } from '@pishkhan/national-id';
import type { Benchmark, BenchContext } from '../lib/benchmark';
import { assertLoopback, graphqlBody, type LoadTarget } from '../lib/load';

/** Pre-registration attempts fired at once, over this many caravans of this capacity (online share 50 %). */
const ATTEMPTS = Number(process.env.BENCH_HAJJ_ATTEMPTS ?? 2000);
const CARAVANS = 5;
const CAPACITY = 50;
const PROVINCE = 'تهران';

/**
 * The figures before the hot paths were cut down (RESULTS.md of 2026-11-30, commit af28a0a), and an
 * A/B of the code before (commit 83a7748) and after, run in turn in the same minutes on this machine
 * (one rush of 2,000 attempts, then 20,000 `hajjCaravans` at 50 at a time, every statement counted):
 * before, every attempt matched its receipt and read the season, its province and the holder's seat
 * before the caravan's seats were looked at.
 */
const BEFORE =
  'rush 156 attempts/s against 737 `{ hello }`/s (0.21×), p99 12,728 ms against 2,680 ms (4.75×); hajjCaravans 1,715 req/s against 5,512 (0.31×). A/B in the same minutes, before → after: rush 135 → 368 and 143 → 271 attempts/s, 6.8 → 1.7 SQL statements per attempt (before: the season, the receipt, its province, the holder’s seat and the caravan’s seats for every attempt, the locks one statement each, a savepoint round the insert); hajjCaravans 1,429 → 1,931 and 1,437 → 1,515 req/s at 0.021 statements a request both (its per-request work did not change: the per-IP limit, and the list from memory for a second)';

const PRE_REGISTER = 'mutation($input: HajjPreRegisterInput!) { hajjPreRegister(input: $input) { trackingCode status caravan { code } } }';
const CARAVAN_LIST = 'query($p: String!) { hajjCaravans(province: $p) { id code capacity onlineCapacity taken onlineTaken } }';

interface Burst {
  attemptsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  answers: unknown[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Up to 500 sockets to the server: the rest of a burst waits in the client's queue (2,000 connections
 * opened at one instant overflow the listen backlog of a small machine and are reset).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 500 });

function post(url: string, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: 120_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error as Error);
          }
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end(body);
  });
}

/** Counts the SQL statements sent to PostgreSQL (every pg client of the process, prepared ones included) until `stop()`. */
function statementCounter(): { stop(): number } {
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: Client, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  return {
    stop() {
      prototype.query = original;
      return count;
    },
  };
}

/** Sends every body at once (one request each, queued over the agent's sockets) and times each answer. */
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

/** Captchas solved beforehand through the development-only `devCaptchaAnswer`, so that the burst measures pre-registration only. */
async function solvedCaptchas(url: string, count: number): Promise<Array<{ captchaId: string; captchaAnswer: string }>> {
  const solved: Array<{ captchaId: string; captchaAnswer: string }> = [];
  // Ten at a time: drawing captcha pictures is CPU work on the API's event loop.
  for (let i = 0; i < count; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, count - i) }, async () => {
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

/** Five caravans of 50 seats in Tehran (admission of the demo season is open) and one eligible 10M receipt per attempt, straight into the database. */
async function prepare(ctx: BenchContext): Promise<{
  caravans: Array<{ id: string; code: string }>;
  holders: Array<{ nationalId: string; receiptNumber: string; birthDate: string }>;
}> {
  const db = ctx.pishkhan.database.dataSource;
  const tag = randomInt(1000, 10_000).toString();
  const caravans = (await db.query(
    `INSERT INTO hajj_caravan (season_id, code, province, manager_name, manager_phone, address, capacity, final_cost_rials)
     SELECT s.id, 'RUSH-' || $1 || '-' || n, $2, 'مدیر کاروان', '021-88000000', 'تهران', $3, 285000000 FROM hajj_season s, generate_series(1, $4) AS n WHERE s.active
     RETURNING id, code`,
    [tag, PROVINCE, CAPACITY, CARAVANS],
  )) as Array<{ id: string; code: string }>;
  if (caravans.length !== CARAVANS) throw new Error('hajjRush: the demo season is not active');
  const holders = Array.from({ length: ATTEMPTS }, (_, i) => ({
    nationalId: withCheckDigit(`9${tag}${String(i).padStart(4, '0')}`),
    receiptNumber: `RUSH${tag}${i}`,
    birthDate: '1960-01-01',
  }));
  const unique = new Map(holders.map((h) => [h.nationalId, h]));
  if (unique.size !== holders.length) throw new Error('hajjRush: national IDs collide');
  await db.query(
    `INSERT INTO hajj_deposit_receipt (receipt_number, original_receipt_number, national_id, first_name, last_name, birth_date, mobile, province, kind, amount_rials, deposit_date, branch_code)
     SELECT r, r, n, 'زائر', 'آزمون', '1960-01-01', '09120000000', $3, 'DEPOSIT_10M', 10000000, '2004-01-01', 'BMI-0011' FROM unnest($1::text[], $2::text[]) AS t(r, n)`,
    [holders.map((h) => h.receiptNumber), holders.map((h) => h.nationalId), PROVINCE],
  );
  return { caravans, holders };
}

/** One round: 2,000 pre-registrations at once for 5 caravans of 50 seats (125 online seats), and as many `{ hello }` at the bare baseline. */
async function round(ctx: BenchContext, subjectFirst: boolean) {
  const url = ctx.pishkhan.graphqlUrl;
  const { caravans, holders } = await prepare(ctx);
  const captchas = await solvedCaptchas(url, ATTEMPTS);
  const bodies = holders.map((holder, i) =>
    graphqlBody(PRE_REGISTER, { input: { ...holder, caravanId: caravans[i % CARAVANS]!.id, ...captchas[i]! } }),
  );
  const hello = Array.from({ length: ATTEMPTS }, () => ctx.baseline.target.body);
  let subject: Burst;
  let baseline: Burst;
  const rush = async () => {
    const counter = statementCounter();
    try {
      return await burst(url, bodies);
    } finally {
      statements = counter.stop();
    }
  };
  let statements = 0;
  if (subjectFirst) {
    subject = await rush();
    baseline = await burst(ctx.baseline.target.url, hello);
  } else {
    baseline = await burst(ctx.baseline.target.url, hello);
    subject = await rush();
  }
  const refused: Record<string, number> = {};
  let ok = 0;
  for (const answer of subject.answers as Array<{ errors?: Array<{ extensions?: { code?: string } }> }>) {
    const code = answer.errors?.[0]?.extensions?.code;
    if (code) refused[code] = (refused[code] ?? 0) + 1;
    else ok += 1;
  }
  const perCaravan = (await ctx.pishkhan.database.dataSource.query(
    `SELECT c.code, count(r.id)::int AS held, count(DISTINCT r.national_id)::int AS people
       FROM hajj_caravan c LEFT JOIN hajj_registration r ON r.caravan_id = c.id AND r.status = 'HELD'
      WHERE c.id = ANY($1::uuid[]) GROUP BY c.code ORDER BY c.code`,
    [caravans.map((c) => c.id)],
  )) as Array<{ code: string; held: number; people: number }>;
  const held = perCaravan.reduce((n, c) => n + c.held, 0);
  const people = perCaravan.reduce((n, c) => n + c.people, 0);
  const online = (CAPACITY * 50) / 100;
  if (
    held !== CARAVANS * online ||
    ok !== held ||
    people !== held ||
    perCaravan.some((c) => c.held !== online) ||
    refused.ONLINE_SHARE_FULL !== ATTEMPTS - held
  ) {
    throw new Error(
      `hajjRush: ${held} held in the database (${perCaravan.map((c) => c.held).join('/')}), ${ok} answered held, ${people} people; refusals ${JSON.stringify(refused)}; expected exactly ${CARAVANS * online}, ${online} a caravan`,
    );
  }
  return { subject, baseline, held, refused, statements };
}

/**
 * Issue 10's rush: at 9:00 on an admission day thousands of holders pre-register at once for a few
 * online seats. 2,000 `hajjPreRegister` attempts at once for 5 caravans of 50 seats must hold
 * exactly 125 seats (25 a caravan, nobody twice), asserted each round from the answers and the
 * database, timed against as many `{ hello }` at the bare baseline, side by side in this process.
 * Limits are raised and captchas solved beforehand, so neither hides the cost of the seat locks.
 * Every SQL statement the rush sends is counted. The timed load that follows is the public caravan list of Tehran (live seat counts).
 */
export const hajjRush: Benchmark = {
  name: 'hajjRush',
  description: `${ATTEMPTS.toLocaleString('en-US')} concurrent \`hajjPreRegister\` attempts for ${CARAVANS} caravans of ${CAPACITY} seats (${(CARAVANS * CAPACITY) / 2} online seats; a caravan that the seats counted now show full is refused before the receipt is matched, those counts asked together in one statement; a seat is only given in one transaction each: the advisory locks on the caravan's online and total quotas, sorted, with lock_timeout 3 s in one call, a live recount, the insert), against as many \`{ hello }\` at the bare baseline; then the timed load of the public caravan list \`hajjCaravans(province)\` with live counts. Limits raised and captchas solved beforehand for the bench.`,
  subjectLabel:
    '`POST /graphql` `hajjCaravans(province: "تهران")` after the rushes (live seat counts; per-IP limit raised for the bench: one client address sends everything)',
  target(ctx): LoadTarget {
    return { url: ctx.pishkhan.graphqlUrl, body: graphqlBody(CARAVAN_LIST, { p: PROVINCE }) };
  },
  check(answer) {
    const caravans = (answer as { data?: { hajjCaravans?: Array<{ onlineCapacity: number }> } }).data?.hajjCaravans;
    return caravans && caravans.length > 0 ? null : 'hajjCaravans answered no caravan';
  },
  async facts(ctx) {
    const rounds = [];
    for (let i = 0; i < ctx.settings.rounds; i += 1) {
      const r = await round(ctx, i % 2 === 1);
      console.log(
        `  rush ${i + 1}: held ${r.held} of ${ATTEMPTS} (ONLINE_SHARE_FULL ${r.refused.ONLINE_SHARE_FULL ?? 0}); subject ${Math.round(r.subject.attemptsPerSecond)} attempts/s p99 ${r.subject.p99Ms} ms, ${r.statements} SQL statements; baseline ${Math.round(r.baseline.attemptsPerSecond)} req/s p99 ${r.baseline.p99Ms} ms`,
      );
      rounds.push(r);
    }
    const subjectRate = median(rounds.map((r) => r.subject.attemptsPerSecond));
    const baselineRate = median(rounds.map((r) => r.baseline.attemptsPerSecond));
    const subjectP99 = median(rounds.map((r) => r.subject.p99Ms));
    const baselineP99 = median(rounds.map((r) => r.baseline.p99Ms));
    return {
      rushes: `${rounds.length} × ${ATTEMPTS.toLocaleString('en-US')} pre-registration attempts at once, each on ${CARAVANS} new caravans of ${CAPACITY} seats: exactly ${(CARAVANS * CAPACITY) / 2} seats held every time (${CAPACITY / 2} a caravan, nobody twice; answers and database), the other ${ATTEMPTS - (CARAVANS * CAPACITY) / 2} answered ONLINE_SHARE_FULL`,
      'attempts/s (median)': `${Math.round(subjectRate)} against ${Math.round(baselineRate)} \`{ hello }\`/s at the bare baseline: ${(subjectRate / baselineRate).toFixed(2)}×`,
      'p99 (median)': `${subjectP99} ms against ${baselineP99} ms at the bare baseline: ${(subjectP99 / Math.max(1, baselineP99)).toFixed(2)}×`,
      'p50 (median)': `${median(rounds.map((r) => r.subject.p50Ms))} ms against ${median(rounds.map((r) => r.baseline.p50Ms))} ms`,
      'SQL statements per attempt (median)': `${(median(rounds.map((r) => r.statements)) / ATTEMPTS).toFixed(2)} (all statements of the rush, the captcha's included, over its ${ATTEMPTS.toLocaleString('en-US')} attempts)`,
      'before (the table below is after)': BEFORE,
    };
  },
};
