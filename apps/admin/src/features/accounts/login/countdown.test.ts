import { describe, expect, it } from 'vitest';
import { formatCountdown, secondsUntil } from './countdown';

describe('countdown', () => {
  it('counts whole seconds up to an instant', () => {
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(secondsUntil('2026-01-01T10:01:00Z', now)).toBe(60);
    expect(secondsUntil('2026-01-01T10:00:00.200Z', now)).toBe(1);
    expect(secondsUntil('2026-01-01T09:59:00Z', now)).toBe(0);
    expect(secondsUntil('not a date', now)).toBe(0);
  });

  it('writes mm:ss in Persian digits', () => {
    expect(formatCountdown(65)).toBe('۰۱:۰۵');
    expect(formatCountdown(0)).toBe('۰۰:۰۰');
    expect(formatCountdown(-3)).toBe('۰۰:۰۰');
  });
});
