import { useQuery } from '@apollo/client/react';
import { MyReferralIdsQuery } from './referrals.graphql';
import { neighbours } from './referral-actions';

/** The previous and next referral of my list (nearest deadline first, as the list shows them). */
export function useNeighbours(referralId: string): { previous: string | null; next: string | null } {
  const { data } = useQuery(MyReferralIdsQuery, { variables: { filter: { limit: 200, offset: 0 } }, fetchPolicy: 'cache-and-network' });
  return neighbours(data?.myReferrals.items.map((item) => item.id) ?? [], referralId);
}
