import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { WriteBatcher } from '../batching/write-batcher';

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
  private readonly hits: WriteBatcher<Hit, number>;

  constructor(private readonly dataSource: DataSource) {
    this.hits = new WriteBatcher((batch) => this.count(batch), { maxInFlight: 1, maxBatch: 1000 });
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

  /** One upsert for a batch of hits; each hit's answer is the count it brought its counter to. */
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
    const ordered = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.windowStart.getTime() - b.windowStart.getTime()));
    const rows = (await this.dataSource.query(
      `INSERT INTO rate_limit_counter (key, window_start, count)
       SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::int[])
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counter.count + EXCLUDED.count
       RETURNING key, window_start, count`,
      [ordered.map((g) => g.key), ordered.map((g) => g.windowStart.toISOString()), ordered.map((g) => g.total)],
    )) as Array<{ key: string; window_start: Date; count: number }>;
    const answers = new Array<number>(batch.length);
    for (const row of rows) {
      const group = groups.get(`${new Date(row.window_start).getTime()}|${row.key}`);
      if (!group) continue;
      // Each hit sees the count as it left it: what was there before the batch, plus the batch's
      // hits up to and including its own.
      let running = row.count - group.total;
      for (const index of group.hits) {
        running += batch[index]!.increment;
        answers[index] = running;
      }
    }
    return answers;
  }
}
