import { toPersianDigits } from '@pishkhan/fa-format';

export interface WindowBand {
  catchUp: boolean;
  minSize?: number | null;
  maxSize?: number | null;
}

/** «۱ تا ۲ نفر», «۳ نفر», «۵ نفر و بیشتر», or «جاماندگان (همهٔ خانوارها)» for the catch-up window. */
export function sizeBandText({ catchUp, minSize, maxSize }: WindowBand): string {
  if (catchUp) return 'جاماندگان (همهٔ خانوارها)';
  const min = minSize ?? 1;
  if (maxSize === null || maxSize === undefined) return `${toPersianDigits(min)} نفر و بیشتر`;
  if (maxSize === min) return `${toPersianDigits(min)} نفر`;
  return `${toPersianDigits(min)} تا ${toPersianDigits(maxSize)} نفر`;
}

/** Whether `today` (ISO, Tehran) lies in the window, both ends included. */
export function isOpenOn(window: { startDate: string; endDate: string }, today: string): boolean {
  return window.startDate <= today && today <= window.endDate;
}

/** Days in the window, both ends included. */
export function windowDays(startDate: string, endDate: string): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The sizes a band may name (the API's bounds). */
export const SIZE_BOUNDS = { min: 1, max: 50 } as const;

/** Why a size typed is out of the API's bounds, naming them; null when it is in (or empty, where that is allowed). */
export function sizeProblem(size: number | null, what: string): string | null {
  if (size === null) return null;
  if (!Number.isInteger(size) || size < SIZE_BOUNDS.min || size > SIZE_BOUNDS.max) {
    return `${what} باید عددی درست از ${toPersianDigits(SIZE_BOUNDS.min)} تا ${toPersianDigits(SIZE_BOUNDS.max)} باشد؛ ${toPersianDigits(String(size))} پذیرفته نیست`;
  }
  return null;
}

/** Why a size band cannot be saved, or null. */
export function sizeBandProblem(minSize: number | null, maxSize: number | null): string | null {
  if (minSize === null) return 'کمترین تعداد اعضا را بنویسید';
  const outOfBounds = sizeProblem(minSize, 'کمترین تعداد اعضا') ?? sizeProblem(maxSize, 'بیشترین تعداد اعضا');
  if (outOfBounds !== null) return outOfBounds;
  if (maxSize !== null && maxSize < minSize) return 'بیشترین تعداد اعضا نمی‌تواند از کمترین کمتر باشد';
  return null;
}
