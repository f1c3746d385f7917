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

interface Hit {
  key: string;
  windowStart: Date;
  /** 1 counts a hit; 0 only reads the counter, in the same statement. */
  increment: 0 | 1;
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

  /** Adds one to each counter (e.g. a failure); answers the new counts, in order. */
  add(counters: Counter[]): Promise<number[]> {
    const now = Date.now();
    return Promise.all(counters.map((counter) => this.hits.submit({ key: counter.key, windowStart: windowStartOf(counter, now), increment: 1 })));
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
    const bumped = [...groups.values()]
      .filter((g) => g.total > 0)
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

/** Bumps ($1–$3) and reads ($4–$5) in one statement; the read sees the counters as they were before it. */
const COUNT_SQL = `
  WITH bumped AS (
    INSERT INTO rate_limit_counter (key, window_start, count)
    SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::int[])
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counter.count + EXCLUDED.count
    RETURNING key, window_start, count)
  SELECT key, window_start, count FROM bumped
  UNION ALL
  SELECT r.key, r.window_start, r.count
    FROM unnest($4::text[], $5::timestamptz[]) AS q(key, window_start)
    JOIN rate_limit_counter r ON r.key = q.key AND r.window_start = q.window_start`;
