import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathFor } from '../accounts/session/next-path';
import { useMe } from '../accounts/session/use-me';
import { ForbiddenResult } from '../../shared/lazy-results';
import type { CounterPermission } from './counter-offices-permissions';

/** Counter-offices pages for staff: signed in, and the active role holds `permission`; otherwise the login page or a 403. */
export function RequireCounterPermission({ permission }: { permission: CounterPermission }) {
  const { me } = useMe();
  const location = useLocation();
  if (me === null) return <Navigate to={loginPathFor(location)} replace />;
  if (!me.permissions.includes(permission)) return <ForbiddenResult />;
  return <Outlet />;
}
