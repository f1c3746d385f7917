import { useQuery } from '@apollo/client/react';
import type { MeQuery as MeQueryResult } from '../../../gql/graphql';
import { MeQuery } from './session.graphql';

export type Me = NonNullable<MeQueryResult['me']>;

export interface MeState {
  /** The signed-in user; null when signed out (or not known yet). */
  me: Me | null;
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * Who is signed in. One query for the whole app (Apollo shares it), refetched when the store
 * resets; meanwhile the previous answer stands, so the pages are not torn down and rebuilt.
 */
export function useMe(): MeState {
  const { data, previousData, loading, error, refetch } = useQuery(MeQuery);
  const known = data ?? previousData;
  return { me: known?.me ?? null, loading: loading && known === undefined, error, refetch };
}
