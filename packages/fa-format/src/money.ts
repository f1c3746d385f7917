import { toPersianDigits } from './digits.js';

/**
 * An amount in rials (an integer; bigint for amounts past 2^53) with thousands separators and
 * Persian digits, e.g. `۲۷۰٬۰۰۰ ریال`.
 */
export function formatRials(amount: number | bigint, options: { unit?: boolean } = {}): string {
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) {
    throw new RangeError('Rial amounts are whole numbers');
  }
  const negative = amount < 0;
  const digits = (negative ? -BigInt(amount) : BigInt(amount)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '٬');
  const text = `${negative ? '-' : ''}${toPersianDigits(grouped)}`;
  return options.unit === false ? text : `${text} ریال`;
}
