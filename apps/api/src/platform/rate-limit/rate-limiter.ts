import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { StatementBatcher } from '../batching/statement-batcher';
import { preparedQuery } from '../db/prepared-query';

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many requests; try again later', { retryAfterSeconds });
  }
}

export interface Limit {
  /** What is counted, e.g. `cluster:ip:1.2.3.4`. Never a whole national ID: hash it first. */
  key: string;
  max: number;
  windowSeconds: number;
}

/** A counter read or bumped without a maximum of its own (e.g. failures that call for a captcha). */
export interface Counter {
  key: string;
  windowSeconds: number;
}

/** A counter whose maximum is spent in units several at a time (e.g. an API client's daily quota). */
export interface Budget extends Counter {
  max: number;
}

interface Hit {
  key: string;
  windowStart: Date;
  /** What this hit adds: 1 counts a hit, n takes n units, -1 gives one back; 0 only reads the counter. */
  increment: number;
}

/**
 * A try that may fail, counted as a failure from the start (see `RateLimiter.attempt`): `failures`
 * and `watched` are the counts it saw, `release()` takes its failures back when it did not fail.
 */
export interface Attempt {
  /** The count each failure counter reached with this try (this try included), in order. */
  failures: number[];
  /** The watched counters' counts, in order. */
  watched: number[];
  /** Takes this try's failures back (idempotent): it turned out not to be one. */
  release(): Promise<void>;
}

const windowStartOf = (counter: Counter, now: number) => {
  const windowMs = counter.windowSeconds * 1000;
  return new Date(Math.floor(now / windowMs) * windowMs);
};

/**
 * Fixed-window rate limits kept in PostgreSQL (an unlogged table: counters need no crash
 * safety), so several API replicas count together. Hits are group-committed: the hits that arrive
 * while a statement runs go together in the next one, one upsert per distinct counter adding all
 * of them, so a hot counter (one busy address) costs one row lock per statement, not one per
 * request. Every hit gets the count it made, in arrival order. Old windows are swept as it goes.
 */
export class RateLimiter {
  private sweptAt = 0;
  private readonly hits: StatementBatcher<Hit, number>;

  constructor(private readonly dataSource: DataSource) {
    this.hits = new StatementBatcher((batch) => this.count(batch), { maxInFlight: 1, maxBatch: 1000 });
  }

  /**
   * Counts one hit against every limit; throws RATE_LIMITED when any is past its maximum. Reads the
   * `watched` counters in the same statement and answers their counts, in order.
   */
  async hit(limits: Limit[], watched: Counter[] = []): Promise<number[]> {
    const now = Date.now();
    const counts = await Promise.all([
      ...limits.map((limit) => this.hits.submit({ key: limit.key, windowStart: windowStartOf(limit, now), increment: 1 })),
      ...watched.map((counter) => this.hits.submit({ key: counter.key, windowStart: windowStartOf(counter, now), increment: 0 })),
    ]);
    let retryAfter = 0;
    limits.forEach((limit, i) => {
      const end = windowStartOf(limit, now).getTime() + limit.windowSeconds * 1000;
      if (counts[i]! > limit.max) retryAfter = Math.max(retryAfter, Math.ceil((end - now) / 1000));
    });
    if (now - this.sweptAt > 60_000) {
      this.sweptAt = now;
      await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE window_start < now() - interval '1 day'`);
    }
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
    return counts.slice(limits.length);
  }

  /**
   * A try that may fail, checked and counted in one step: counts a hit against every limit
   * (RATE_LIMITED past any), adds one to each `failures` counter at once, as if the try had failed
   * already, and reads the `watched` counters, all in the same statement. A failure count answered
   * is the current window's plus the window before's (failures are never forgotten at a window's
   * turn: a threshold holds over at least one whole window). So N tries sent together
   * see the failure counts 1..N (their own included), never N times the same stale count, and a
   * threshold on failures holds under concurrency. The caller calls `release()` when the try turns
   * out not to be a failure; a refused try (RATE_LIMITED) is released here.
   */
  async attempt(request: { limits: Limit[]; failures: Counter[]; watched?: Counter[] }): Promise<Attempt> {
    const now = Date.now();
    const watched = request.watched ?? [];
    const tentative = request.failures.map((counter) => ({ key: counter.key, windowStart: windowStartOf(counter, now) }));
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      // The same windows as the failures were added to, even when a window has turned since.
      await Promise.all(tentative.map((hit) => this.hits.submit({ ...hit, increment: -1 })));
    };
    const counted = Promise.all(tentative.map((hit) => this.hits.submit({ ...hit, increment: 1 })));
    // The failures of the window before are read with them: a threshold on failures looks back at
    // least one whole window, so it is not wiped when a window turns between two tries.
    const before = Promise.all(
      request.failures.map((counter) =>
        this.hits.submit({
          key: counter.key,
          windowStart: new Date(windowStartOf(counter, now).getTime() - counter.windowSeconds * 1000),
          increment: 0,
        }),
      ),
    );
    // Settled even when the try is refused below (or the database is gone): never an unhandled rejection.
    before.catch(() => undefined);
    let counts: number[];
    try {
      counts = await this.hit(request.limits, watched);
    } catch (error) {
      await counted.then(release, () => undefined);
      throw error;
    }
    const [now_, earlier] = await Promise.all([counted, before]);
    return { failures: now_.map((count, i) => count + earlier[i]!), watched: counts, release };
  }

  /**
   * Takes up to `units` of a budget at once, atomically among concurrent callers and replicas:
   * answers how many it got (from 0 to `units`). The counter records what was asked, so a budget
   * once spent stays spent until its window turns.
   */
  async take(budget: Budget, units: number): Promise<number> {
    if (!Number.isInteger(units) || units < 1) return 0;
    const reached = await this.hits.submit({ key: budget.key, windowStart: windowStartOf(budget, Date.now()), increment: units });
    return Math.max(0, Math.min(units, budget.max - (reached - units)));
  }

  /** Adds one to each counter (e.g. a failure); answers the new counts, in order. */
  add(counters: Counter[]): Promise<number[]> {
    const now = Date.now();
    return Promise.all(
      counters.map((counter) => this.hits.submit({ key: counter.key, windowStart: windowStartOf(counter, now), increment: 1 })),
    );
  }

  /**
   * One statement for a batch: an upsert of the counters it bumps (one row each, adding all of
   * the batch's hits) and a read of those it only watches; each hit's answer is the count it
   * brought (or found) its counter to.
   */
  private async count(batch: Hit[]): Promise<number[]> {
    const groups = new Map<string, { key: string; windowStart: Date; hits: number[]; total: number }>();
    batch.forEach((hit, i) => {
      const id = `${hit.windowStart.getTime()}|${hit.key}`;
      const group = groups.get(id) ?? { key: hit.key, windowStart: hit.windowStart, hits: [], total: 0 };
      group.hits.push(i);
      group.total += hit.increment;
      groups.set(id, group);
    });
    // Sorted by key: statements of several replicas lock rows in one order, so they cannot deadlock.
    // A group whose hits add up to nothing (only reads, or a failure and its release) is only read.
    const bumped = [...groups.values()]
      .filter((g) => g.total !== 0)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.windowStart.getTime() - b.windowStart.getTime()));
    const read = [...groups.values()].filter((g) => g.total === 0);
    const rows = await preparedQuery<{ key: string; window_start: Date; count: number }>(this.dataSource, 'rate-limit-count', COUNT_SQL, [
      bumped.map((g) => g.key),
      bumped.map((g) => g.windowStart.toISOString()),
      bumped.map((g) => g.total),
      read.map((g) => g.key),
      read.map((g) => g.windowStart.toISOString()),
    ]);
    const found = new Map(rows.map((row) => [`${new Date(row.window_start).getTime()}|${row.key}`, row.count]));
    const answers = new Array<number>(batch.length);
    for (const [id, group] of groups) {
      // Each hit sees the count as it left it: what was there before the batch, plus the batch's
      // hits up to and including its own. A watched counter never counted yet is 0.
      let running = (found.get(id) ?? 0) - group.total;
      for (const index of group.hits) {
        running += batch[index]!.increment;
        answers[index] = running;
      }
    }
    return answers;
  }
}

/**
 * Bumps ($1–$3; a release is negative and only lowers a counter that exists) and reads ($4–$5) in
 * one statement; the read sees the counters as they were before it. A count never goes below zero.
 */
const COUNT_SQL = `
  WITH bumped AS (
    INSERT INTO rate_limit_counter (key, window_start, count)
    SELECT b.key, b.window_start, b.n FROM unnest($1::text[], $2::timestamptz[], $3::int[]) AS b(key, window_start, n)
     WHERE b.n > 0 OR EXISTS (SELECT 1 FROM rate_limit_counter r WHERE r.key = b.key AND r.window_start = b.window_start)
    ON CONFLICT (key, window_start) DO UPDATE SET count = greatest(rate_limit_counter.count + EXCLUDED.count, 0)
    RETURNING key, window_start, count)
  SELECT key, window_start, count FROM bumped
  UNION ALL
  SELECT r.key, r.window_start, r.count
    FROM unnest($4::text[], $5::timestamptz[]) AS q(key, window_start)
    JOIN rate_limit_counter r ON r.key = q.key AND r.window_start = q.window_start`;
