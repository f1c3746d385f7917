import { Aggregation, ComparisonType } from './indicator.entity';

/**
 * Achievement of a value against its target, bounded to 0..1:
 * higher is better → value / target; lower is better → target / value; threshold → 1 when the
 * value reaches the target, else 0. A non-positive target (higher is better) or value (lower is
 * better) counts as reached when the value is on the right side of it.
 */
export function achievement(type: ComparisonType, value: number, target: number): number {
  let raw: number;
  switch (type) {
    case ComparisonType.HIGHER_IS_BETTER:
      raw = target > 0 ? value / target : value >= target ? 1 : 0;
      break;
    case ComparisonType.LOWER_IS_BETTER:
      raw = value > 0 ? target / value : 1;
      break;
    case ComparisonType.THRESHOLD:
      raw = value >= target ? 1 : 0;
      break;
  }
  return Math.min(1, Math.max(0, raw));
}

/** Score = score cap × achievement. */
export function score(type: ComparisonType, value: number, target: number, cap: number): number {
  return cap * achievement(type, value, target);
}

/** The national value from province values: their sum, or their mean for percentages. */
export function aggregate(values: number[], aggregation: Aggregation): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return aggregation === Aggregation.SUM ? sum : sum / values.length;
}

export interface ScoredRow {
  scoreCap: number;
  weight: number;
  /** null when no approved value yet: counts as 0. */
  score: number | null;
}

/**
 * The agency's total, 0..100: the weighted share of the attainable points,
 * Σ(weight × score) / Σ(weight × cap) × 100.
 */
export function agencyTotal(rows: ScoredRow[]): number {
  const attainable = rows.reduce((sum, r) => sum + r.weight * r.scoreCap, 0);
  if (attainable === 0) return 0;
  return (rows.reduce((sum, r) => sum + r.weight * (r.score ?? 0), 0) / attainable) * 100;
}

/**
 * Decimal text to a scaled integer (4 decimals) for exact sums of targets, and the split rule:
 * province targets add up to the indicator's target (SUM) or their mean is it (MEAN: percentages,
 * documented in the README). Shared with the admin through `@pishkhan/domain-rules`.
 */
export { splitFits, toScaled } from '@pishkhan/domain-rules';
