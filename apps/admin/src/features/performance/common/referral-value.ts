import type { Aggregation } from '../../../gql/graphql';

/** A referral as far as its value goes: its own entry, and the referrals made from it when fetched. */
export interface ValueNode {
  entry?: { value?: string | null } | null;
  children?: readonly ValueNode[] | null;
}

function combine(values: readonly (number | null)[], aggregation: Aggregation): number | null {
  if (values.length === 0 || values.some((value) => value === null)) return null;
  const sum = (values as number[]).reduce((total, value) => total + value, 0);
  return aggregation === 'SUM' ? sum : sum / values.length;
}

/**
 * The value a referral answers with, as the API computes it: its own entry when nothing was
 * referred below it, else the values below it summed (SUM) or averaged (MEAN). Null while any
 * value below is missing.
 */
export function referralValue(node: ValueNode, aggregation: Aggregation): number | null {
  const below = node.children ?? [];
  if (below.length === 0) {
    const raw = node.entry?.value;
    return raw === null || raw === undefined || raw === '' ? null : Number(raw);
  }
  return combine(
    below.map((child) => referralValue(child, aggregation)),
    aggregation,
  );
}

/** The value of several referrals put together (an indicator's top referrals). */
export function combinedValue(nodes: readonly ValueNode[], aggregation: Aggregation): number | null {
  return combine(
    nodes.map((node) => referralValue(node, aggregation)),
    aggregation,
  );
}
