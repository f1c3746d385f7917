import { toScaled } from './decimal.js';

/**
 * Seed 002 rule 12: the points of the indicators proposed for one agency in one period (pending
 * and approved) may not pass this; one proposal alone may not either.
 */
export const PROPOSAL_POINTS_CAP = 150;

/** A proposal's points as they are kept: two decimals. */
export function proposalPoints(score: number): number {
  return Math.round(score * 100) / 100;
}

/** True when `points` more would take an agency's proposals past the cap (`used` already proposed). */
export function exceedsProposalCap(used: number, points: number): boolean {
  return used + points > PROPOSAL_POINTS_CAP + 1e-9;
}

/** Why a proposal's target does not lie between its bounds (decimal texts); null when it does. */
export function proposalTargetProblem(lower: string, target: string, upper: string): 'BOUNDS_REVERSED' | 'TARGET_OUTSIDE_BOUNDS' | null {
  const [l, t, u] = [toScaled(lower), toScaled(target), toScaled(upper)];
  if (l > u) return 'BOUNDS_REVERSED';
  if (t < l || t > u) return 'TARGET_OUTSIDE_BOUNDS';
  return null;
}
