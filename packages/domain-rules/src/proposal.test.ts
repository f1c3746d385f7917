import { describe, expect, it } from 'vitest';
import { PROPOSAL_POINTS_CAP, exceedsProposalCap, proposalPoints, proposalTargetProblem } from './proposal.js';

describe('the proposal cap', () => {
  it('is 150 points per agency and period', () => {
    expect(PROPOSAL_POINTS_CAP).toBe(150);
  });

  it('lets proposals reach the cap but not pass it', () => {
    expect(exceedsProposalCap(100, 50)).toBe(false);
    expect(exceedsProposalCap(100, 50.01)).toBe(true);
    expect(exceedsProposalCap(0, 151)).toBe(true);
    // Sums of two-decimal points are not exact in floating point.
    expect(exceedsProposalCap(0.1 + 0.2, 149.7)).toBe(false);
  });

  it('keeps two decimals of a score', () => {
    expect(proposalPoints(12.345)).toBe(12.35);
    expect(proposalPoints(50)).toBe(50);
  });
});

describe('proposal targets', () => {
  it('lie between their bounds', () => {
    expect(proposalTargetProblem('10', '20', '30')).toBeNull();
    expect(proposalTargetProblem('10', '10', '10')).toBeNull();
    expect(proposalTargetProblem('10', '40', '30')).toBe('TARGET_OUTSIDE_BOUNDS');
    expect(proposalTargetProblem('10', '9.9999', '30')).toBe('TARGET_OUTSIDE_BOUNDS');
    expect(proposalTargetProblem('40', '35', '30')).toBe('BOUNDS_REVERSED');
  });
});
