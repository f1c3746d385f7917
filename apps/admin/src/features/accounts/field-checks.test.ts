import { describe, expect, it } from 'vitest';
import {
  latinDigits,
  mobileProblem,
  nationalIdProblem,
  newPasswordProblem,
  normalisedNationalId,
  officePhoneProblem,
  otpCodeProblem,
  postProblem,
  rejectReasonProblem,
} from './field-checks';

describe('field checks', () => {
  it('accepts national IDs in Persian or Latin digits and names the problem otherwise', () => {
    expect(nationalIdProblem('۴۳۱۰۰۰۹۰۹۳')).toBeNull();
    expect(nationalIdProblem('4310009093')).toBeNull();
    expect(nationalIdProblem('4310009094')).toBe('رقم کنترل کد ملی درست نیست');
    expect(nationalIdProblem('')).toBe('کد ملی وارد نشده است');
    expect(normalisedNationalId('۰۰۱-۰۰۰۲۰۲۲')).toBe('0010002022');
  });

  it('checks mobiles like the API (09 and nine digits)', () => {
    expect(mobileProblem('09120000909')).toBeNull();
    expect(mobileProblem('۰۹۱۲۰۰۰۰۹۰۹')).toBeNull();
    expect(mobileProblem('9120000909')).toContain('۰۹');
    expect(mobileProblem('')).toBe('شمارهٔ همراه را بنویسید');
  });

  it('wants the city code in the office phone', () => {
    expect(officePhoneProblem('021-61612345')).toBeNull();
    expect(officePhoneProblem('۰۲۳۳۳۳۳۰۰۰۰')).toBeNull();
    expect(officePhoneProblem('61612345')).toContain('کد شهر');
  });

  it('bounds the post', () => {
    expect(postProblem('کارشناس آمار')).toBeNull();
    expect(postProblem('x')).not.toBeNull();
    expect(postProblem(' ')).toBe('پست سازمانی را بنویسید');
  });

  it('wants letters and digits in a new password', () => {
    expect(newPasswordProblem('pishkhan1406')).toBeNull();
    expect(newPasswordProblem('گذرواژه۱۴۰۶')).toBeNull();
    expect(newPasswordProblem('short1')).not.toBeNull();
    expect(newPasswordProblem('onlyletters')).not.toBeNull();
    expect(newPasswordProblem('1234567890')).not.toBeNull();
  });

  it('checks one-time passwords and rejection reasons', () => {
    expect(otpCodeProblem('۱۲۳۴۵۶')).toBeNull();
    expect(otpCodeProblem('12345')).toBe('رمز یکبار مصرف ۶ رقم است');
    expect(rejectReasonProblem('ok')).not.toBeNull();
    expect(rejectReasonProblem('سمت نادرست است')).toBeNull();
  });

  it('turns Persian digits into Latin ones', () => {
    expect(latinDigits(' ۰۹۱۲ ')).toBe('0912');
  });
});
