import { describe, expect, it } from 'vitest';
import { smsPurposeName } from './sms-purpose';

describe('smsPurposeName', () => {
  it('names known purposes in Persian and keeps unknown ones', () => {
    expect(smsPurposeName('LOGIN_OTP')).toBe('رمز یکبار مصرف ورود');
    expect(smsPurposeName('TEMPORARY_PASSWORD')).toBe('گذرواژهٔ موقت');
    expect(smsPurposeName('SOMETHING_ELSE')).toBe('پیامک دیگر');
    expect(smsPurposeName('counter.appointment')).toBe('نوبت احراز هویت اتباع');
  });
});
