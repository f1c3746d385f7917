import { splitFits } from '@pishkhan/domain-rules';
import type { Aggregation } from '../../../gql/graphql';
import { formatDecimal, fromScaled, normaliseDecimal, toScaled } from '../common/decimal-text';

/** Where a provincial split stands against the indicator's target (seed 002 rule 8). */
export interface SplitSummary {
  rows: number;
  /** Rows whose target is a valid decimal. */
  filled: number;
  /** Rows whose target was typed but is not a decimal. */
  invalid: number;
  /** The sum (SUM) or mean (MEAN) of the province targets once every row is filled. */
  combined: string | null;
  /** Every row is filled and they fit the target exactly. */
  fits: boolean;
}

function meanText(sum: bigint, count: number): string {
  // Ten-thousandths, rounded half away from zero.
  const n = BigInt(count);
  const doubled = (sum * 2n) / n;
  return fromScaled(doubled >= 0n ? (doubled + 1n) / 2n : (doubled - 1n) / 2n);
}

/**
 * Checks province targets against the indicator's target as the API does: for SUM indicators they
 * add up exactly to the target; for MEAN indicators (percentages) their mean equals it.
 */
export function checkSplit(target: string, rowTargets: readonly (string | null | undefined)[], aggregation: Aggregation): SplitSummary {
  const parsed = rowTargets.map((text) => normaliseDecimal(text));
  const invalid = rowTargets.filter((text, i) => text !== null && text !== undefined && text.trim() !== '' && parsed[i] === null).length;
  const valid = parsed.filter((value): value is string => value !== null);
  const rows = rowTargets.length;
  if (rows === 0 || valid.length !== rows) return { rows, filled: valid.length, invalid, combined: null, fits: false };
  const sum = valid.reduce((total, value) => total + toScaled(value), 0n);
  const fits = splitFits(normaliseDecimal(target) ?? '0', valid, aggregation);
  return { rows, filled: rows, invalid, combined: aggregation === 'SUM' ? fromScaled(sum) : meanText(sum, rows), fits };
}

/** One Persian sentence on the split, shown live under the province table. */
export function splitMessage(summary: SplitSummary, target: string, aggregation: Aggregation): string {
  const label = aggregation === 'SUM' ? 'مجموع اهداف استانی' : 'میانگین اهداف استانی';
  if (summary.rows === 0) return 'دست‌کم یک استان بیفزایید';
  if (summary.invalid > 0) return 'هدف هر استان باید عدد باشد (حداکثر با چهار رقم اعشار)';
  if (summary.combined === null) return `${label}: هدف همهٔ استان‌ها را وارد کنید`;
  const combined = formatDecimal(summary.combined);
  if (summary.fits) return `${label}: ${combined}، برابر هدف شاخص (${formatDecimal(target)})`;
  if (aggregation === 'SUM') {
    const gap = toScaled(normaliseDecimal(target) ?? '0') - toScaled(summary.combined);
    const gapText = gap > 0n ? `${formatDecimal(fromScaled(gap))} کمتر از هدف` : `${formatDecimal(fromScaled(-gap))} بیشتر از هدف`;
    return `${label}: ${combined}؛ هدف شاخص: ${formatDecimal(target)} (${gapText})`;
  }
  return `${label}: ${combined}؛ هدف شاخص: ${formatDecimal(target)}`;
}

/** Provinces named on more than one row (the API refuses them). */
export function repeatedProvinces(provinces: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const province of provinces) {
    const name = province?.trim();
    if (!name) continue;
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return [...repeated];
}
