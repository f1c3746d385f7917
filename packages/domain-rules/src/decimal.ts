/**
 * Targets and values travel as decimal text with at most 4 places (`numeric(18,4)` columns). Sums
 * and comparisons of them are done exactly, on integers of ten-thousandths, never on floats.
 */

/** Decimal text as the API takes it: up to 14 digits, a dot and up to 4 decimals. */
export const DECIMAL_TEXT = /^-?\d{1,14}(\.\d{1,4})?$/;

/** Ten-thousandths in one: the scale of every decimal target and value. */
export const DECIMAL_SCALE = 10_000n;

/** Decimal text as an integer of ten-thousandths (`'12.5'` → `125000n`), for exact sums. */
export function toScaled(decimal: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,4}))?$/.exec(decimal.trim());
  if (match === null) throw new RangeError(`Not a decimal with at most 4 places: ${decimal}`);
  const [, minus, whole = '0', fraction = ''] = match;
  const scaled = BigInt(whole) * DECIMAL_SCALE + BigInt(fraction.padEnd(4, '0'));
  return minus ? -scaled : scaled;
}

/** Ten-thousandths back to decimal text, without trailing zeros (`30000000n` → `3000`). */
export function fromScaled(scaled: bigint): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const whole = abs / DECIMAL_SCALE;
  const fraction = (abs % DECIMAL_SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** How an indicator puts province values together: summed, or averaged (percentages). */
export type SplitAggregation = 'SUM' | 'MEAN';

/**
 * The split rule (seed 002 rule 8): province targets fit the indicator's target when they add up
 * to it exactly (SUM) or their mean is exactly it (MEAN: percentages). No provinces never fit.
 */
export function splitFits(indicatorTarget: string, provinceTargets: readonly string[], aggregation: SplitAggregation): boolean {
  if (provinceTargets.length === 0) return false;
  const total = provinceTargets.reduce((sum, t) => sum + toScaled(t), 0n);
  const target = toScaled(indicatorTarget);
  return aggregation === 'SUM' ? total === target : total === target * BigInt(provinceTargets.length);
}
