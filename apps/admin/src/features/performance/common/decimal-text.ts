import { DECIMAL_TEXT, fromScaled, toScaled } from '@pishkhan/domain-rules';
import { toPersianDigits } from '@pishkhan/fa-format';
import { toLatinDigits } from '@pishkhan/national-id';

/**
 * Decimal text as the API takes it (up to 14 digits, a dot and up to 4 decimals), and its exact
 * scaled form (ten-thousandths), shared with the API.
 */
export { DECIMAL_TEXT, fromScaled, toScaled };

/**
 * Decimal text typed in any digits (Persian, Arabic-Indic or Latin; «٫» or «.» as the decimal
 * separator; «٬» or «,» between thousands) as the API's decimal text, or null when it is not one.
 */
export function normaliseDecimal(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const latin = toLatinDigits(text)
    .trim()
    .replace(/[٬,\s]/g, '')
    .replace(/[٫/]/g, '.')
    .replace(/^[−–]/, '-');
  return DECIMAL_TEXT.test(latin) ? latin : null;
}

/** Decimal text or a number in Persian digits with «٫» as the decimal separator; «—» when there is none. */
export function formatDecimal(value: string | number | null | undefined, maxFraction = 4): string {
  if (value === null || value === undefined || value === '') return '—';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '—';
    text = String(Math.round(value * 10 ** maxFraction) / 10 ** maxFraction);
  } else {
    const normal = normaliseDecimal(value);
    text = normal === null ? value : fromScaled(toScaled(normal));
  }
  return toPersianDigits(text.replace('.', '٫'));
}

/** A percentage (0..100) in Persian digits, e.g. `۹۹٫۵٪`. */
export function formatPercent(value: number): string {
  return `${formatDecimal(value, 1)}٪`;
}
