import { describe, expect, it } from 'vitest';
import { clockTimeOf, clockTimeProblem } from './clock-time';

describe('clock time', () => {
  it('reads a clock time in any digits', () => {
    expect(clockTimeOf('۸:۳۰')).toBe('08:30');
    expect(clockTimeOf('00:00')).toBe('00:00');
    expect(clockTimeOf('24:00')).toBeNull();
    expect(clockTimeOf('8')).toBeNull();
  });

  it('names the problem in Persian', () => {
    expect(clockTimeProblem('۹:۶۰')).toBe('ساعت را به شکل ۰۰:۰۰ بنویسید');
    expect(clockTimeProblem('09:00')).toBeNull();
  });
});
