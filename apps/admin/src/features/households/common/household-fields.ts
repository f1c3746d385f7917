import { toPersianDigits } from '@pishkhan/fa-format';
import { toLatinDigits } from '@pishkhan/national-id';

/**
 * Checks of the households forms that mirror the API's, so most mistakes are named before a
 * request is sent. Each returns the Persian reason, or null when the value is fine. Digits may be
 * typed in Persian, Arabic-Indic or Latin, with spaces or dashes where people put them.
 */

/** Latin digits, without spaces, dashes or invisible marks. */
export function compactDigits(value: string): string {
  return toLatinDigits(value).replace(/[\s\-\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, '');
}

export function trackingCodeProblem(value: string | undefined): string | null {
  const code = compactDigits(value ?? '');
  if (code === '') return 'کد رهگیری را بنویسید';
  return /^\d{14}$/.test(code) ? null : 'کد رهگیری ۱۴ رقم است';
}

/** The number of members typed, or null when it is not a whole number. */
export function memberCountOf(value: string | undefined): number | null {
  const digits = compactDigits(value ?? '');
  return /^\d{1,3}$/.test(digits) ? Number(digits) : null;
}

export function memberCountProblem(value: string | undefined): string | null {
  if (compactDigits(value ?? '') === '') return 'تعداد اعضای خانوار را بنویسید';
  const count = memberCountOf(value);
  return count !== null && count >= 1 && count <= 50 ? null : 'تعداد اعضای خانوار باید عددی از ۱ تا ۵۰ باشد';
}

const OFFICE_CODE = /^[A-Za-z0-9-]{3,20}$/;

/** The office's code as the API expects it (Latin digits, no surrounding spaces). */
export function officeCodeOf(value: string | undefined): string {
  return toLatinDigits(value ?? '').trim();
}

export function officeCodeProblem(value: string | undefined): string | null {
  const code = officeCodeOf(value);
  if (code === '') return 'کد دفتر را بنویسید';
  return OFFICE_CODE.test(code) ? null : 'کد دفتر ۳ تا ۲۰ نویسه از حروف لاتین، رقم و خط تیره است';
}

/** A required free text of at least `min` characters (reasons, resolutions). */
export function textProblem(value: string | undefined, what: string, min: number, max: number): string | null {
  const text = (value ?? '').trim();
  if (text === '') return `${what} را بنویسید`;
  if (text.length < min) return `${what} دست‌کم ${toPersianDigits(min)} نویسه باشد`;
  return text.length <= max ? null : `${what} حداکثر ${toPersianDigits(max)} نویسه باشد`;
}
