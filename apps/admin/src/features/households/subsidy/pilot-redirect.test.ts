import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { pilotRedirectOf } from './pilot-redirect';

const refusal = (extensions: Record<string, unknown>, message = 'خطا در اجرای درخواست شما. کد پیگیری ۳۹۰۸۳۱') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('pilotRedirectOf', () => {
  it("keeps the API's message as it is, with the portal", () => {
    expect(pilotRedirectOf(refusal({ code: 'PILOT_REDIRECT', portalUrl: 'https://ncr.ir', trackingCode: '390831' }))).toEqual({
      message: 'خطا در اجرای درخواست شما. کد پیگیری ۳۹۰۸۳۱',
      portalUrl: 'https://ncr.ir',
      trackingCode: '390831',
    });
  });

  it('links only a web address', () => {
    expect(pilotRedirectOf(refusal({ code: 'PILOT_REDIRECT', portalUrl: 'javascript:alert(1)' }))?.portalUrl).toBeNull();
  });

  it('is null for any other error', () => {
    expect(pilotRedirectOf(refusal({ code: 'FORBIDDEN' }, 'You may not do this'))).toBeNull();
    expect(pilotRedirectOf(new Error('boom'))).toBeNull();
  });
});
