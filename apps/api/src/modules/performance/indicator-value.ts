import type { Indicator } from './indicator.entity';
import type { PerformanceEntry } from './performance-entry.entity';
import type { Referral } from './referral.entity';
import { aggregate } from './scoring';

/**
 * The value a referral answers with: its own entry when nothing was referred below it, else the
 * values below it put together (summed or averaged by the indicator's aggregation). The
 * indicator's value is that of the referrals at its top.
 */
export function indicatorValue(indicator: Indicator, referrals: Referral[], entries: Map<string, PerformanceEntry>): number | null {
  const children = new Map<string | null, Referral[]>();
  for (const r of referrals) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const valueOf = (referral: Referral, depth: number): number | null => {
    const below = children.get(referral.id);
    if (!below || below.length === 0 || depth > 50) {
      const raw = entries.get(referral.id)?.value;
      return raw === null || raw === undefined ? null : Number(raw);
    }
    return combine(below.map((r) => valueOf(r, depth + 1)));
  };
  const combine = (values: Array<number | null>): number | null => {
    if (values.some((v) => v === null)) return null;
    return aggregate(values as number[], indicator.aggregation);
  };
  const top = children.get(null) ?? [];
  return top.length === 0 ? null : combine(top.map((r) => valueOf(r, 0)));
}
