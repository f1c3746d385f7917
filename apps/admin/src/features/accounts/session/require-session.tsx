import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathFor } from './next-path';
import { hasPermission, type Permission } from './permissions';
import { useMe } from './use-me';
import { ForbiddenResult } from '../../../shared/lazy-results';

export interface RequireSessionProps {
  /** Also needs this permission in the active role. */
  permission?: Permission;
}

/** Pages for signed-in users: a signed-out visitor goes to the login page and comes back afterwards. */
export function RequireSession({ permission }: RequireSessionProps) {
  const { me } = useMe();
  const location = useLocation();
  if (me === null) return <Navigate to={loginPathFor(location)} replace />;
  if (permission !== undefined && !hasPermission(me.permissions, permission)) {
    return <ForbiddenResult />;
  }
  return <Outlet />;
}
