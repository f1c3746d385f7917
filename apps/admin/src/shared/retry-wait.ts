import { useNow } from '../features/accounts/login/use-now';
import { errorDetails } from './errors';

/** A wait an error asked for (`extensions.retryAfterSeconds`): how long, and until when. */
export interface RetryWait {
  seconds: number;
  until: number;
}

/** The wait an error asks for, from `now` (the moment it came); null for an error that asks none. */
export function retryWaitOf(error: unknown, now: number): RetryWait | null {
  const seconds = errorDetails(error)?.extensions.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  const whole = Math.ceil(seconds);
  return { seconds: whole, until: now + whole * 1000 };
}

/** Whole seconds left of a wait at `now`: never more than it asked (a clock read before it came), never negative. */
export function secondsLeft(wait: RetryWait | null, now: number): number {
  if (wait === null) return 0;
  return Math.min(wait.seconds, Math.max(0, Math.ceil((wait.until - now) / 1000)));
}

/** Seconds left of a wait, ticking every second until it is over. */
export function useSecondsLeft(wait: RetryWait | null): number {
  const now = useNow(wait !== null);
  return secondsLeft(wait, now);
}
