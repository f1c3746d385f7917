/** Where the Ma'na pages live. */
export const PERFORMANCE_PATHS = {
  cartable: '/performance/cartable',
  approvals: '/performance/approvals',
  referrals: '/performance/referrals',
  dashboard: '/performance/dashboard',
  scoring: '/performance/scoring',
  evaluation: '/performance/evaluation',
  proposalDecisions: '/performance/proposal-decisions',
  proposals: '/performance/proposals',
} as const;

/** The page of one referral. */
export function referralPath(id: string): string {
  return `${PERFORMANCE_PATHS.referrals}/${encodeURIComponent(id)}`;
}
