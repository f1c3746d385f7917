import type { DataSource } from 'typeorm';
import { LoginThrottle } from './login-throttle.entity';
import { TooManyAttemptsError } from './accounts.errors';
import { sha256 } from './secrets';

const WINDOW_SECONDS = 15 * 60;
/** Failures allowed in a window before waits begin, per national ID and per IP. */
export const FREE_FAILURES = { nationalId: 3, ip: 20 } as const;
/** The longest wait: an attacker can keep a real user waiting at most this long per try. */
export const MAX_WAIT_SECONDS = 300;

export interface ThrottleKeys {
  nationalId: string;
  ip: string;
}

interface KeyRule {
  key: string;
  free: number;
}

/** Sorted by key, so that concurrent transactions lock the rows in one order. */
function keysOf({ nationalId, ip }: ThrottleKeys): KeyRule[] {
  return [
    { key: `nid:${sha256(nationalId).toString('hex')}`, free: FREE_FAILURES.nationalId },
    { key: `ip:${ip}`, free: FREE_FAILURES.ip },
  ].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * Slows down guessing of passwords and one-time codes alike: per national ID and per IP, tries past
 * a few in 15 minutes make the next try wait 2, 4, 8 … seconds, capped at 5 minutes. A success
 * clears the national ID's count.
 *
 * A guess is counted *before* it is checked, in the same transaction that checks the wait (row
 * locks on both counters): concurrent guesses are serialised, every one is counted, and only those
 * that found no wait are checked at all. A refused try is counted too, but does not push the wait
 * further (an attacker cannot keep the owner out longer than one wait).
 */
export class LoginThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one guess (as a failure until `recordSuccess` says otherwise) and throws
   * TOO_MANY_ATTEMPTS, with the wait, when either counter is still waiting.
   */
  async attempt(keys: ThrottleKeys): Promise<void> {
    const rules = keysOf(keys);
    const wait = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO login_throttle (key, failures, window_started_at, blocked_until)
         SELECT key, 0, now(), NULL FROM unnest($1::text[]) AS k(key) ORDER BY key
         ON CONFLICT (key) DO NOTHING`,
        [rules.map((r) => r.key)],
      );
      const locked = (await manager.query(
        `SELECT key, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (blocked_until - now()))))::int AS wait
           FROM login_throttle WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
        [rules.map((r) => r.key)],
      )) as Array<{ key: string; wait: number | null }>;
      const waitSeconds = Math.max(0, ...locked.map((row) => row.wait ?? 0));
      await manager.query(
        `UPDATE login_throttle t SET
           failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $3) THEN now() ELSE t.window_started_at END,
           blocked_until = CASE
             WHEN $4 THEN t.blocked_until
             WHEN t.window_started_at < now() - make_interval(secs => $3) OR t.failures + 1 <= k.free THEN NULL
             ELSE now() + make_interval(secs => LEAST($5, power(2, t.failures + 1 - k.free)))
           END
         FROM unnest($1::text[], $2::int[]) AS k(key, free)
         WHERE t.key = k.key`,
        [rules.map((r) => r.key), rules.map((r) => r.free), WINDOW_SECONDS, waitSeconds > 0, MAX_WAIT_SECONDS],
      );
      return waitSeconds;
    });
    if (wait > 0) throw new TooManyAttemptsError(wait);
  }

  /** Throws TOO_MANY_ATTEMPTS while a counter waits, without counting anything (asking for a code). */
  async assertAllowed(keys: ThrottleKeys): Promise<void> {
    const rows = await this.dataSource.getRepository(LoginThrottle).findBy(keysOf(keys).map(({ key }) => ({ key })));
    const now = Date.now();
    const wait = Math.max(0, ...rows.map((row) => (row.blockedUntil ? Math.ceil((row.blockedUntil.getTime() - now) / 1000) : 0)));
    if (wait > 0) throw new TooManyAttemptsError(wait);
  }

  /** A failure that was not counted by `attempt` (a wrong current password when changing it). */
  async recordFailure(keys: ThrottleKeys): Promise<void> {
    await this.attempt(keys).catch((error: unknown) => {
      if (!(error instanceof TooManyAttemptsError)) throw error;
    });
  }

  /** The guess was right: the national ID's count starts again, and the address's guess is taken back. */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    const [nid, ip] = [`nid:${sha256(keys.nationalId).toString('hex')}`, `ip:${keys.ip}`];
    await this.dataSource.getRepository(LoginThrottle).delete({ key: nid });
    await this.dataSource.query(`UPDATE login_throttle SET failures = GREATEST(failures - 1, 0) WHERE key = $1`, [ip]);
  }
}
