import { describe, expect, it } from 'vitest';
import { countdownText, renewNote, rials, seatsText } from './hajj-labels';

describe('hajj labels', () => {
  it('writes rials, seats and the hold countdown in Persian', () => {
    expect(rials('275000000')).toBe('۲۷۵٬۰۰۰٬۰۰۰ ریال');
    expect(seatsText(25, 50)).toBe('۲۵ از ۵۰');
    expect(countdownText(2 * 3600_000 + 61_000)).toBe('۲:۰۱:۰۱');
    expect(countdownText(59_000)).toBe('۰۰:۵۹');
    expect(countdownText(-5)).toBe('۰۰:۰۰');
  });

  it('asks to renew a flagged passport by the hand-over day', () => {
    expect(renewNote('RENEW', '2014-07-01')).toBe('گذرنامه پیش از ۱۳۹۳/۰۴/۱۰ تمدید و به مدیر کاروان تحویل شود');
    expect(renewNote('VALID', null)).toBeNull();
  });
});
