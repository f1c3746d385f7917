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

/** Why a size band cannot be saved, or null. */
export function sizeBandProblem(minSize: number | null, maxSize: number | null): string | null {
  if (minSize === null || minSize < 1) return 'کمترین تعداد اعضا باید دست‌کم ۱ باشد';
  if (maxSize !== null && maxSize < minSize) return 'بیشترین تعداد اعضا نمی‌تواند از کمترین کمتر باشد';
  return null;
}
