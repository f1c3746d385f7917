import { createHash } from 'node:crypto';

/** A signed 64-bit advisory-lock key of a name (the first 8 bytes of its SHA-256), as text for `$1::bigint`. */
function lockKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}

/** The office's lock: bookings take it shared, a suspension or its lifting exclusively. */
export function officeLockKey(officeCode: string): string {
  return lockKey(`counter-office:${officeCode}`);
}

/**
 * The office-day locks of some days, sorted by key: every transaction that takes more than one
 * takes them in the same order, so two of them can never wait for each other.
 */
export function officeDayLockKeys(officeCode: string, days: readonly string[]): string[] {
  return [...new Set(days)]
    .map((day) => lockKey(`counter-day:${officeCode}:${day}`))
    .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}
