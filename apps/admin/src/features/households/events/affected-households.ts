import type { HouseholdChangeType, HouseholdRelation } from '../../../gql/graphql';

export interface MemberBefore {
  nationalId: string;
  relation: HouseholdRelation;
}

export interface AffectedHouseholds {
  /** A national ID in the household to show first; null when none is left (a dissolved household). */
  primary: string | null;
  /** A national ID in each other household the event touched. */
  others: string[];
}

/**
 * Someone still in the subject's former household after he left it: its head when that is not
 * him, else the spouse (who succeeds a head), else anyone.
 */
function remainingMember(members: readonly MemberBefore[], subject: string): string | null {
  const rest = members.filter((member) => member.nationalId !== subject);
  const pick = rest.find((member) => member.relation === 'HEAD') ?? rest.find((member) => member.relation === 'SPOUSE') ?? rest[0];
  return pick?.nationalId ?? null;
}

/**
 * The households a vital event touched, each named by a national ID still in it (a household is
 * found by its members), from the subject's household as it was before the event.
 */
export function affectedHouseholds(
  type: HouseholdChangeType,
  subject: string,
  related: string | null,
  before: readonly MemberBefore[] | null,
): AffectedHouseholds {
  const former = before === null ? null : remainingMember(before, subject);
  switch (type) {
    case 'DEATH':
      return { primary: former, others: [] };
    case 'BIRTH':
      return { primary: subject, others: [] };
    case 'MARRIAGE':
    case 'CUSTODY':
    case 'GUARDIANSHIP':
    case 'SPONSORSHIP':
      return { primary: related ?? subject, others: former === null || former === related ? [] : [former] };
    case 'DIVORCE':
    case 'IRRECONCILABILITY':
      return { primary: subject, others: former === null ? [] : [former] };
  }
}
