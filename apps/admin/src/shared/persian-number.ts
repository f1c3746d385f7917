import { toPersianDigits } from '@pishkhan/fa-format';
import { toLatinDigits } from '@pishkhan/national-id';

/** InputNumber's `formatter`: what it shows, in Persian digits (and the Persian decimal mark). */
export function persianNumberText(value: number | string | undefined): string {
  if (value === undefined || value === '') return '';
  return toPersianDigits(String(value)).replace('.', '٫');
}

/** InputNumber's `parser`: what was typed, Persian or Latin digits, back to a number's text. */
export function latinNumberText(text: string | undefined): string {
  return toLatinDigits(text ?? '')
    .replace(/[٫,،]/g, '.')
    .replace(/[^\d.-]/g, '');
}
