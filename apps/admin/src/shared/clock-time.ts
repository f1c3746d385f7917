import { toLatinDigits } from '@pishkhan/national-id';

/** «HH:mm» in any digits, or null. */
export function clockTimeOf(value: string | undefined): string | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(toLatinDigits(value ?? '').trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${match[2]}` : null;
}

/** A form's problem with a clock time, in Persian. */
export function clockTimeProblem(value: string | undefined): string | null {
  return clockTimeOf(value) === null ? 'ساعت را به شکل ۰۰:۰۰ بنویسید' : null;
}
