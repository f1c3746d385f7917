import { toPersianDigits } from '@pishkhan/fa-format';
import { toLatinDigits } from '@pishkhan/national-id';

/** Decimal text as the API takes it: up to 14 digits, a dot and up to 4 decimals. */
export const DECIMAL_TEXT = /^-?\d{1,14}(\.\d{1,4})?$/;

const SCALE = 10_000n;

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

/** Decimal text as an integer of ten-thousandths, for exact sums (the API keeps 4 decimals). */
export function toScaled(decimal: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,4}))?$/.exec(decimal.trim());
  if (match === null) throw new RangeError(`Not a decimal with at most 4 places: ${decimal}`);
  const [, minus, whole = '0', fraction = ''] = match;
  const scaled = BigInt(whole) * SCALE + BigInt(fraction.padEnd(4, '0'));
  return minus ? -scaled : scaled;
}

/** Ten-thousandths back to decimal text, without trailing zeros (`30000000n` → `3000`). */
export function fromScaled(scaled: bigint): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const whole = abs / SCALE;
  const fraction = (abs % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
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
