import type { Breakdown, ReferralStatus } from '../../../gql/graphql';

/** A referral as far as the actions on it go. */
export interface ActionableReferral {
  status: ReferralStatus;
  breakdown: Breakdown;
  assigneeId: string;
  /** How many referrals were made from it. */
  childCount: number;
  /** How many people the viewer may refer to (his active subordinates): none, no «ارجاع». */
  candidateCount: number;
}

/** What the person looking at a referral may do now (seed 002 rules 7–10), as the API allows it. */
export interface ReferralActions {
  /** Record performance: a leaf of his in a working status. */
  canEnter: boolean;
  /** Refer it further down (or split it). */
  canRefer: boolean;
  /** It must be split by province before anything else (BY_SPECIALISED_UNIT). */
  mustSplit: boolean;
  /** Finish: send the value (or the reviewed values below) up one level. */
  canFinish: boolean;
  /** Return finished referrals below it, with a reason. */
  canReturnChildren: boolean;
}

const WORKING: readonly ReferralStatus[] = ['REFERRED', 'IN_PROGRESS', 'RETURNED'];
const REFERABLE: readonly ReferralStatus[] = ['REFERRED', 'IN_PROGRESS', 'DELEGATED'];
const REVIEWING: readonly ReferralStatus[] = ['DELEGATED', 'REVIEW', 'RETURNED'];

export function referralActions(referral: ActionableReferral, myId: string | null): ReferralActions {
  const mine = myId !== null && referral.assigneeId === myId;
  const leaf = referral.childCount === 0;
  const mustSplit = mine && referral.breakdown === 'BY_SPECIALISED_UNIT' && REFERABLE.includes(referral.status);
  return {
    canEnter: mine && leaf && !mustSplit && WORKING.includes(referral.status),
    canRefer: mine && referral.candidateCount > 0 && REFERABLE.includes(referral.status),
    mustSplit,
    canFinish:
      mine && !mustSplit && (leaf ? WORKING.includes(referral.status) : referral.status === 'REVIEW' || referral.status === 'RETURNED'),
    canReturnChildren: mine && !leaf && REVIEWING.includes(referral.status),
  };
}

/** The previous and next referral in my list, for «شاخص قبلی» / «شاخص بعدی». */
export function neighbours(ids: readonly string[], id: string): { previous: string | null; next: string | null } {
  const index = ids.indexOf(id);
  if (index < 0) return { previous: null, next: null };
  return { previous: ids[index - 1] ?? null, next: ids[index + 1] ?? null };
}
