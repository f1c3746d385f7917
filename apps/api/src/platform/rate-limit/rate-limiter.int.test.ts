import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { RateLimiter, RateLimitedError } from './rate-limiter';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
});

const stored = async (key: string) =>
  ((await db.query('SELECT coalesce(sum(count), 0)::int AS n FROM rate_limit_counter WHERE key = $1', [key])) as Array<{ n: number }>)[0]!
    .n;

describe('RateLimiter', () => {
  it('lets exactly the maximum through when many hit one counter at once, and stores every hit', async () => {
    const limiter = new RateLimiter(db);
    const key = `test:hot:${Date.now()}`;
    const outcomes = await Promise.allSettled(Array.from({ length: 120 }, () => limiter.hit([{ key, max: 50, windowSeconds: 3600 }])));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(50);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused).toHaveLength(70);
    for (const r of refused) expect(r.reason).toBeInstanceOf(RateLimitedError);
    expect(await stored(key)).toBe(120);
  });

  it('counts together across limiters sharing the database, as replicas do', async () => {
    const replicas = [new RateLimiter(db), new RateLimiter(db), new RateLimiter(db)];
    const key = `test:replicas:${Date.now()}`;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => replicas[i % 3]!.hit([{ key, max: 10, windowSeconds: 3600 }])),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(10);
    expect(await stored(key)).toBe(30);
  });

  it('reads watched counters without counting them, and adds to them on demand', async () => {
    const limiter = new RateLimiter(db);
    const failures = { key: `test:failures:${Date.now()}`, windowSeconds: 600 };
    const hits = { key: `test:hits:${Date.now()}`, max: 100, windowSeconds: 600 };
    expect(await limiter.hit([hits], [failures])).toEqual([0]);
    expect(await limiter.add([failures])).toEqual([1]);
    const [a, b] = await Promise.all([limiter.hit([hits], [failures]), limiter.add([failures]), limiter.hit([hits], [failures])]).then(
      ([x, , y]) => [x, y],
    );
    // In arrival order: the first read sees 1, the second sees the failure added between them.
    expect([a, b]).toEqual([[1], [2]]);
    expect(await stored(failures.key)).toBe(2);
    expect(await stored(hits.key)).toBe(3);
  });

  it('refuses with the seconds left in the window', async () => {
    const limiter = new RateLimiter(db);
    const key = `test:retry:${Date.now()}`;
    await limiter.hit([{ key, max: 1, windowSeconds: 60 }]);
    const refusal = await limiter.hit([{ key, max: 1, windowSeconds: 60 }]).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    const retryAfter = (refusal as RateLimitedError).details.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('counts tries that may fail at once, each seeing its own count, and takes back those released', async () => {
    const limiter = new RateLimiter(db);
    const failures = { key: `test:attempt:${Date.now()}`, windowSeconds: 600 };
    const limit = { key: `test:attempt-hits:${Date.now()}`, max: 1000, windowSeconds: 600 };
    const attempts = await Promise.all(Array.from({ length: 40 }, () => limiter.attempt({ limits: [limit], failures: [failures] })));
    expect(attempts.map((a) => a.failures[0]).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await Promise.all(attempts.slice(0, 15).map((a) => a.release()));
    await attempts[0]!.release(); // twice is once
    expect(await stored(failures.key)).toBe(25);
    // A refused try (RATE_LIMITED) is not left counted as a failure.
    const tight = { key: `test:attempt-tight:${Date.now()}`, max: 0, windowSeconds: 600 };
    await expect(limiter.attempt({ limits: [tight], failures: [failures] })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await stored(failures.key)).toBe(25);
  });

  it('counts the failures of the window before too, so a threshold is not wiped when a window turns', async () => {
    const limiter = new RateLimiter(db);
    const failures = { key: `test:attempt-turn:${Date.now()}`, windowSeconds: 600 };
    const current = Math.floor(Date.now() / 600_000) * 600_000;
    // Three failures stored in the window before this one.
    await db.query('INSERT INTO rate_limit_counter (key, window_start, count) VALUES ($1, $2, 3)', [
      failures.key,
      new Date(current - 600_000).toISOString(),
    ]);
    const attempt = await limiter.attempt({ limits: [], failures: [failures] });
    // Those three, and this try's own.
    expect(attempt.failures).toEqual([4]);
    await attempt.release();
    // Two windows back are forgotten.
    const older = { key: `test:attempt-old:${Date.now()}`, windowSeconds: 600 };
    await db.query('INSERT INTO rate_limit_counter (key, window_start, count) VALUES ($1, $2, 3)', [
      older.key,
      new Date(current - 1_200_000).toISOString(),
    ]);
    expect((await limiter.attempt({ limits: [], failures: [older] })).failures).toEqual([1]);
  });

  it('hands out a budget in units without ever granting more than its maximum, however many take at once', async () => {
    const limiters = [new RateLimiter(db), new RateLimiter(db)];
    const budget = { key: `test:budget:${Date.now()}`, max: 100, windowSeconds: 86_400 };
    const granted = await Promise.all(Array.from({ length: 30 }, (_, i) => limiters[i % 2]!.take(budget, 7)));
    expect(granted.reduce((a, b) => a + b, 0)).toBe(100);
    for (const g of granted) expect(g).toBeGreaterThanOrEqual(0);
    expect(granted.filter((g) => g > 0 && g < 7)).toHaveLength(1); // one request got the part that was left
    expect(await limiters[0]!.take(budget, 1)).toBe(0);
  });
});
