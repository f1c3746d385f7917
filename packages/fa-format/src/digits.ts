const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Writes ASCII digits as Persian digits (۰-۹); everything else is left as it is. */
export function toPersianDigits(value: string | number | bigint): string {
  return String(value).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);
}
