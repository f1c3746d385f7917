import { toPersianDigits } from '@pishkhan/fa-format';

/** Whole seconds from `now` until an instant, never negative. */
export function secondsUntil(instant: string, now: number): number {
  const at = Date.parse(instant);
  return Number.isNaN(at) ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Seconds as «mm:ss» in Persian digits, e.g. ۰۱:۰۵. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const mm = String(Math.floor(whole / 60)).padStart(2, '0');
  const ss = String(whole % 60).padStart(2, '0');
  return toPersianDigits(`${mm}:${ss}`);
}
