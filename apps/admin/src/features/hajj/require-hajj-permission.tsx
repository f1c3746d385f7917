import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathFor } from '../accounts/session/next-path';
import { useMe } from '../accounts/session/use-me';
import { ForbiddenResult } from '../../shared/lazy-results';
import type { HajjPermission } from './hajj-paths';

/** Hajj staff pages: signed in, and the active role holds `permission`; otherwise the login page or a 403. */
export function RequireHajjPermission({ permission }: { permission: HajjPermission }) {
  const { me } = useMe();
  const location = useLocation();
  if (me === null) return <Navigate to={loginPathFor(location)} replace />;
  if (!me.permissions.includes(permission)) return <ForbiddenResult />;
  return <Outlet />;
}
