import { useApolloClient } from '@apollo/client/react';
import { App } from 'antd';
import { useEffect } from 'react';
import type { createRouter } from '../../../routes';
import { isSignInPage, loginPathFor } from './next-path';
import { onUnauthenticated } from './unauthenticated';
import { SIGNED_OUT_STATE } from './use-session-actions';

export const SESSION_EXPIRED_MESSAGE = 'نشست شما به پایان رسیده است؛ دوباره وارد شوید تا به همین صفحه بازگردید';

export interface SessionExpiryProps {
  router: ReturnType<typeof createRouter>;
}

/**
 * An expired (or ended) session: to the login page, which comes back to the same page afterwards,
 * and everything cached forgotten, so that neither the header nor the page goes on as if signed in.
 */
export function SessionExpiry({ router }: SessionExpiryProps) {
  const client = useApolloClient();
  const { message } = App.useApp();
  useEffect(() => {
    let leaving = false;
    const leave = () => {
      const { pathname, search } = router.state.location;
      if (leaving || isSignInPage(pathname)) return;
      leaving = true;
      void message.warning({ content: SESSION_EXPIRED_MESSAGE, key: 'session-expired' });
      // The login page first (it must not send the still-cached user back), then forget him.
      router
        .navigate(loginPathFor({ pathname, search }), { replace: true, state: SIGNED_OUT_STATE, flushSync: true })
        .then(() => client.resetStore())
        .catch(() => undefined)
        .finally(() => {
          leaving = false;
        });
    };
    return onUnauthenticated(leave);
  }, [client, message, router]);
  return null;
}
