import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import { nationalIdProblemMessage } from '../identity/national-id-text';

/**
 * Client-side checks that mirror the API's, so most mistakes are named before a request is sent.
 * Each returns the Persian reason, or null when the value is fine.
 */

/** Persian or Arabic-Indic digits as ASCII, without surrounding spaces. */
export function latinDigits(value: string): string {
  return toLatinDigits(value).trim();
}

export function nationalIdProblem(value: string | undefined): string | null {
  const result = checkNationalId(value ?? '');
  return result.valid ? null : nationalIdProblemMessage(result.problem);
}

/** A national ID as the API expects it: ten ASCII digits when valid, else as typed. */
export function normalisedNationalId(value: string): string {
  const result = checkNationalId(value);
  return result.valid ? result.normalized : latinDigits(value);
}

const MOBILE = /^09\d{9}$/;

export function mobileProblem(value: string | undefined): string | null {
  const mobile = latinDigits(value ?? '');
  if (mobile === '') return 'شمارهٔ همراه را بنویسید';
  return MOBILE.test(mobile) ? null : 'شمارهٔ همراه باید ۱۱ رقم و با ۰۹ آغاز شود، مانند ۰۹۱۲۱۲۳۴۵۶۷';
}

const OFFICE_PHONE = /^0\d{2,3}-?\d{5,8}$/;

export function officePhoneProblem(value: string | undefined): string | null {
  const phone = latinDigits(value ?? '');
  if (phone === '') return 'تلفن ثابت سازمانی را بنویسید';
  return OFFICE_PHONE.test(phone) ? null : 'تلفن ثابت را با کد شهر بنویسید، مانند ۰۲۱-۶۱۶۱۲۳۴۵';
}

export function postProblem(value: string | undefined): string | null {
  const post = (value ?? '').trim();
  if (post === '') return 'پست سازمانی را بنویسید';
  return post.length >= 2 && post.length <= 100 ? null : 'پست سازمانی باید ۲ تا ۱۰۰ نویسه باشد';
}

/** The API's rule for a new password: 8 to 128 characters with at least one letter and one digit. */
export function newPasswordProblem(value: string | undefined): string | null {
  const password = value ?? '';
  if (password === '') return 'گذرواژهٔ تازه را بنویسید';
  if (password.length < 8 || password.length > 128) return 'گذرواژه باید دست‌کم ۸ نویسه باشد';
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'گذرواژه باید هم حرف داشته باشد و هم رقم';
  return null;
}

/** Six digits, Persian or Latin. */
export function otpCodeProblem(value: string | undefined): string | null {
  const code = latinDigits(value ?? '');
  if (code === '') return 'رمز یکبار مصرف را بنویسید';
  return /^\d{6}$/.test(code) ? null : 'رمز یکبار مصرف ۶ رقم است';
}

export function rejectReasonProblem(value: string | undefined): string | null {
  const reason = (value ?? '').trim();
  if (reason === '') return 'علت رد را بنویسید';
  return reason.length >= 3 && reason.length <= 500 ? null : 'علت رد باید ۳ تا ۵۰۰ نویسه باشد';
}
