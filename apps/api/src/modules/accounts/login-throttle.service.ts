import type { DataSource } from 'typeorm';
import { LoginThrottle } from './login-throttle.entity';
import { TooManyAttemptsError } from './accounts.errors';
import { sha256 } from './secrets';

const WINDOW_MS = 15 * 60_000;
/** Failures allowed in a window before waits begin, per national ID and per IP. */
const FREE_FAILURES = { nationalId: 3, ip: 20 } as const;
/** The longest wait: an attacker can keep a real user waiting at most this long per try. */
const MAX_WAIT_SECONDS = 300;

export interface ThrottleKeys {
  nationalId: string;
  ip: string;
}

function keysOf({ nationalId, ip }: ThrottleKeys) {
  return [
    { key: `nid:${sha256(nationalId).toString('hex')}`, free: FREE_FAILURES.nationalId },
    { key: `ip:${ip}`, free: FREE_FAILURES.ip },
  ];
}

/**
 * Slows down guessing: per national ID and per IP, failures past a few in 15 minutes make the next
 * try wait 2, 4, 8 … seconds, capped at 5 minutes. A success clears the national ID's count.
 */
export class LoginThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  async assertAllowed(keys: ThrottleKeys): Promise<void> {
    const rows = await this.dataSource.getRepository(LoginThrottle).findBy(keysOf(keys).map(({ key }) => ({ key })));
    const now = Date.now();
    const waits = rows.map((row) => (row.blockedUntil ? Math.ceil((row.blockedUntil.getTime() - now) / 1000) : 0));
    const wait = Math.max(0, ...waits);
    if (wait > 0) throw new TooManyAttemptsError(wait);
  }

  async recordFailure(keys: ThrottleKeys): Promise<void> {
    for (const { key, free } of keysOf(keys)) {
      // One statement: concurrent failures each count.
      await this.dataSource.query(
        `INSERT INTO login_throttle (key, failures, window_started_at, blocked_until) VALUES ($1, 1, now(), NULL)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_throttle.window_started_at < now() - $2::interval THEN 1 ELSE login_throttle.failures + 1 END,
           window_started_at = CASE WHEN login_throttle.window_started_at < now() - $2::interval THEN now() ELSE login_throttle.window_started_at END,
           blocked_until = CASE
             WHEN login_throttle.window_started_at < now() - $2::interval OR login_throttle.failures + 1 <= $3 THEN NULL
             ELSE now() + make_interval(secs => LEAST($4, power(2, login_throttle.failures + 1 - $3)))
           END`,
        [key, `${WINDOW_MS / 1000} seconds`, free, MAX_WAIT_SECONDS],
      );
    }
  }

  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.dataSource.getRepository(LoginThrottle).delete({ key: keysOf(keys)[0]!.key });
  }
}
