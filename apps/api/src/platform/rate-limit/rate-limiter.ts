import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';

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

/**
 * Fixed-window rate limits kept in PostgreSQL, so several API replicas count together. One
 * statement per limit (an upsert that returns the new count); old windows are swept as it goes.
 */
export class RateLimiter {
  private sweptAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit against every limit (one statement); throws RATE_LIMITED when any is past its maximum. */
  async hit(limits: Limit[]): Promise<void> {
    const now = Date.now();
    let retryAfter = 0;
    // Sorted by key: concurrent upserts lock rows in one order, so they cannot deadlock.
    const windows = [...limits]
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((limit) => {
        const windowMs = limit.windowSeconds * 1000;
        return { limit, windowMs, start: new Date(Math.floor(now / windowMs) * windowMs) };
      });
    const values = windows.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2}, 1)`).join(', ');
    const rows = (await this.dataSource.query(
      `INSERT INTO rate_limit_counter (key, window_start, count) VALUES ${values}
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counter.count + 1 RETURNING key, count`,
      windows.flatMap((w) => [w.limit.key, w.start]),
    )) as Array<{ key: string; count: number }>;
    const counts = new Map(rows.map((r) => [r.key, r.count]));
    for (const w of windows) {
      if ((counts.get(w.limit.key) ?? 0) > w.limit.max) retryAfter = Math.max(retryAfter, Math.ceil((w.start.getTime() + w.windowMs - now) / 1000));
    }
    if (now - this.sweptAt > 60_000) {
      this.sweptAt = now;
      await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE window_start < now() - interval '1 day'`);
    }
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  }
}
