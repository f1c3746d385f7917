import { toPersianDigits } from '@pishkhan/fa-format';

/** `showCount` of a text area with its count in Persian digits: «۱۲ / ۴۰۰۰». */
export const PERSIAN_COUNT = {
  formatter: ({ count, maxLength }: { count: number; maxLength?: number }) =>
    maxLength === undefined ? toPersianDigits(count) : `${toPersianDigits(count)} / ${toPersianDigits(maxLength)}`,
};
