import { describe, expect, it } from 'vitest';
import { normalisedPrefixes, portalUrlProblem, prefixesProblem, refusalMessageProblem, subsidyPilotInput } from './pilot-input';

describe('pilot input', () => {
  it('reads prefixes typed in any digits, once each', () => {
    expect(normalisedPrefixes(['۶۵۷', '659', ' 657 ', ''])).toEqual(['657', '659']);
  });

  it('needs three digits per prefix', () => {
    expect(prefixesProblem(['657', '۷۵۰'])).toBeNull();
    expect(prefixesProblem([])).toBe('دست‌کم یک پیش‌شماره وارد کنید');
    expect(prefixesProblem(['65', '6570', 'abc'])).toBe('هر پیش‌شماره سه رقم است: ۶۵، ۶۵۷۰، abc');
  });

  it('checks the portal and the refusal text as the API does', () => {
    expect(portalUrlProblem('https://ncr.ir')).toBeNull();
    expect(portalUrlProblem('http://ncr.ir')).not.toBeNull();
    expect(refusalMessageProblem('خطا در اجرای درخواست شما. کد پیگیری ۳۹۰۸۳۱')).toBeNull();
    expect(refusalMessageProblem('خطا')).not.toBeNull();
  });

  it('sends the start as an instant of Tehran', () => {
    expect(
      subsidyPilotInput({
        startDate: '2024-07-10',
        startTime: '۰۰:۰۰',
        prefixes: ['۶۵۷', '659'],
        refusalMessage: ' متن خطا ',
        portalUrl: ' https://ncr.ir ',
        active: true,
      }),
    ).toEqual({
      startsAt: '2024-07-10T00:00:00+03:30',
      prefixes: ['657', '659'],
      refusalMessage: 'متن خطا',
      portalUrl: 'https://ncr.ir',
      active: true,
    });
  });
});
