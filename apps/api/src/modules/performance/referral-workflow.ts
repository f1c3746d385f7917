import { DomainError } from '../../platform/errors/domain-error';
import { IndicatorStatus } from './indicator.entity';
import { ReferralStatus } from './referral.entity';

/** What can happen to a referral. */
export type ReferralEvent =
  /** Its assignee saved a performance draft (a leaf). */
  | 'SAVE_ENTRY'
  /** Its assignee referred it further down or split it by province. */
  | 'DELEGATE'
  /** Every referral below it was finished up to it. */
  | 'CHILDREN_FINISHED'
  /** Its assignee finished it: sent up to the referrer. */
  | 'FINISH'
  /** The referrer sent it back down with a reason. */
  | 'RETURNED_BY_REFERRER'
  /** Its assignee sent one of the referrals below back down. */
  | 'CHILD_RETURNED'
  /** The lead evaluator approved the indicator. */
  | 'LOCK';

/** Every referral transition, in one place. A pair not listed is refused. */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralEvent, Partial<Record<ReferralStatus, ReferralStatus>>>> = {
  SAVE_ENTRY: {
    [ReferralStatus.REFERRED]: ReferralStatus.IN_PROGRESS,
    [ReferralStatus.IN_PROGRESS]: ReferralStatus.IN_PROGRESS,
    [ReferralStatus.RETURNED]: ReferralStatus.RETURNED,
  },
  DELEGATE: {
    [ReferralStatus.REFERRED]: ReferralStatus.DELEGATED,
    [ReferralStatus.IN_PROGRESS]: ReferralStatus.DELEGATED,
    [ReferralStatus.DELEGATED]: ReferralStatus.DELEGATED,
  },
  CHILDREN_FINISHED: {
    [ReferralStatus.DELEGATED]: ReferralStatus.REVIEW,
  },
  FINISH: {
    [ReferralStatus.IN_PROGRESS]: ReferralStatus.SUBMITTED,
    [ReferralStatus.RETURNED]: ReferralStatus.SUBMITTED,
    [ReferralStatus.REVIEW]: ReferralStatus.SUBMITTED,
  },
  RETURNED_BY_REFERRER: {
    [ReferralStatus.SUBMITTED]: ReferralStatus.RETURNED,
  },
  CHILD_RETURNED: {
    [ReferralStatus.REVIEW]: ReferralStatus.DELEGATED,
    [ReferralStatus.RETURNED]: ReferralStatus.DELEGATED,
  },
  LOCK: {
    [ReferralStatus.SUBMITTED]: ReferralStatus.APPROVED,
  },
};

export type IndicatorEvent = 'REFER' | 'CHILDREN_FINISHED' | 'CHILD_RETURNED' | 'APPROVE' | 'FORWARD' | 'EVALUATE';

/** Every indicator transition (the top of the tree, held by the lead evaluator), in one place. */
export const INDICATOR_TRANSITIONS: Readonly<Record<IndicatorEvent, Partial<Record<IndicatorStatus, IndicatorStatus>>>> = {
  REFER: {
    [IndicatorStatus.NOT_REFERRED]: IndicatorStatus.REFERRED,
    [IndicatorStatus.REFERRED]: IndicatorStatus.REFERRED,
  },
  CHILDREN_FINISHED: { [IndicatorStatus.REFERRED]: IndicatorStatus.REVIEW },
  CHILD_RETURNED: { [IndicatorStatus.REVIEW]: IndicatorStatus.REFERRED },
  APPROVE: { [IndicatorStatus.REVIEW]: IndicatorStatus.APPROVED },
  FORWARD: { [IndicatorStatus.APPROVED]: IndicatorStatus.FORWARDED },
  EVALUATE: { [IndicatorStatus.FORWARDED]: IndicatorStatus.EVALUATED },
};

export class InvalidTransitionError extends DomainError {
  constructor(from: string, event: string) {
    super('INVALID_TRANSITION', `Cannot ${event.toLowerCase().replace(/_/g, ' ')} from ${from}`, { from, event });
  }
}

export function nextReferralStatus(from: ReferralStatus, event: ReferralEvent): ReferralStatus {
  const to = REFERRAL_TRANSITIONS[event][from];
  if (!to) throw new InvalidTransitionError(from, event);
  return to;
}

export function nextIndicatorStatus(from: IndicatorStatus, event: IndicatorEvent): IndicatorStatus {
  const to = INDICATOR_TRANSITIONS[event][from];
  if (!to) throw new InvalidTransitionError(from, event);
  return to;
}

/** Statuses in which the assignee may act on a referral. */
export const ACTIONABLE: ReadonlySet<ReferralStatus> = new Set([
  ReferralStatus.REFERRED,
  ReferralStatus.IN_PROGRESS,
  ReferralStatus.RETURNED,
  ReferralStatus.REVIEW,
]);
