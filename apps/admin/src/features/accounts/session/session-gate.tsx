import { Flex, Spin } from 'antd';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { persianErrorMessage } from '../../../shared/errors';
import { UnavailableResult } from '../../../shared/lazy-results';
import { useMe } from './use-me';

export const CHANGE_PASSWORD_PATH = '/change-password';

function FullPageSpin() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/**
 * Root of every route: waits for `me`, and while the password is temporary sends every page to
 * the change-password page.
 */
export function SessionGate() {
  const { me, loading, error, refetch } = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const mustChangePassword = me?.mustChangePassword === true && pathname !== CHANGE_PASSWORD_PATH;

  // An effect on every location, not a <Navigate> element: that one navigates only when mounted,
  // and would leave a later navigation (e.g. right after signing in) on a blank page.
  useEffect(() => {
    if (mustChangePassword) void navigate(CHANGE_PASSWORD_PATH, { replace: true });
  }, [mustChangePassword, navigate, pathname]);

  if (loading || mustChangePassword) return <FullPageSpin />;
  if (error && !me) {
    return (
      <Suspense fallback={<FullPageSpin />}>
        <UnavailableResult message={persianErrorMessage(error)} onRetry={() => void refetch()} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Outlet />
    </Suspense>
  );
}
