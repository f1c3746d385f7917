import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { persianErrorMessage } from './errors';
import { retryWaitOf, secondsLeft } from './retry-wait';

const throttled = (retryAfterSeconds: number) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Too many', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds } }] });

describe('retry waits (the sign-in slow-down)', () => {
  it('reads the wait an error asks for, and none from any other error', () => {
    expect(retryWaitOf(throttled(8), 1_000)).toEqual({ seconds: 8, until: 9_000 });
    expect(retryWaitOf(throttled(1.2), 0)).toEqual({ seconds: 2, until: 2_000 });
    expect(
      retryWaitOf(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'INVALID_CREDENTIALS' } }] }), 0),
    ).toBeNull();
    expect(retryWaitOf(new Error('x'), 0)).toBeNull();
  });

  it('counts down to zero, never above what was asked', () => {
    const wait = { seconds: 8, until: 9_000 };
    expect(secondsLeft(wait, 500)).toBe(8);
    expect(secondsLeft(wait, 1_000)).toBe(8);
    expect(secondsLeft(wait, 1_001)).toBe(8);
    expect(secondsLeft(wait, 2_000)).toBe(7);
    expect(secondsLeft(wait, 8_999)).toBe(1);
    expect(secondsLeft(wait, 9_000)).toBe(0);
    expect(secondsLeft(null, 9_000)).toBe(0);
  });

  it('says the seconds left in Persian', () => {
    expect(persianErrorMessage(throttled(8))).toBe('تلاش‌های ناموفق زیاد بود؛ ۸ ثانیه دیگر دوباره تلاش کنید');
  });
});
