import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { LogoutMutation, SwitchRoleMutation } from './session.graphql';

/** Navigation state of the login page right after signing out, while `me` is still cached. */
export const SIGNED_OUT_STATE = { signedOut: true } as const;

export function isSignedOutState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'signedOut' in state && state.signedOut === true;
}

export interface SessionActions {
  /** After a sign-in mutation set the cookie: forget everything cached, then go on. */
  signedIn: (next: string) => Promise<void>;
  signOut: () => Promise<void>;
  switchRole: (roleAssignmentId: string) => Promise<void>;
}

/**
 * Everything cached belongs to one user in one role: each change of either resets the Apollo store,
 * so the `me` query and every page's data refetch for the new session.
 */
export function useSessionActions(): SessionActions {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutMutation);
  const [switchRoleMutation] = useMutation(SwitchRoleMutation);

  // Queries of a page being left may fail while the store resets; the page is gone by then.
  const resetStore = useCallback(
    () =>
      client.resetStore().then(
        () => undefined,
        () => undefined,
      ),
    [client],
  );

  const signedIn = useCallback(
    async (next: string) => {
      await resetStore();
      await navigate(next, { replace: true });
    },
    [navigate, resetStore],
  );

  const signOut = useCallback(async () => {
    await logout();
    // To the login page first (it must not send the still-cached user back), then forget him:
    // resetting first would let the page being left redirect to the login page with itself as `next`.
    // flushSync: the page is left now, not in a transition that the reset could overtake.
    await navigate('/login', { replace: true, state: SIGNED_OUT_STATE, flushSync: true });
    await resetStore();
  }, [logout, navigate, resetStore]);

  const switchRole = useCallback(
    async (roleAssignmentId: string) => {
      await switchRoleMutation({ variables: { roleAssignmentId } });
      // Leave the page first (now, not in a transition): it may not be open to the new role.
      await navigate('/', { flushSync: true });
      await resetStore();
    },
    [navigate, resetStore, switchRoleMutation],
  );

  return { signedIn, signOut, switchRole };
}
