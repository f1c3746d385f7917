import { Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathFor } from '../accounts/session/next-path';
import { useMe } from '../accounts/session/use-me';
import type { CounterPermission } from './counter-offices-permissions';

/** Counter-offices pages for staff: signed in, and the active role holds `permission`; otherwise the login page or a 403. */
export function RequireCounterPermission({ permission }: { permission: CounterPermission }) {
  const { me } = useMe();
  const location = useLocation();
  if (me === null) return <Navigate to={loginPathFor(location)} replace />;
  if (!me.permissions.includes(permission)) {
    return <Result status="403" title="دسترسی ندارید" subTitle="نقش فعال شما اجازهٔ دیدن این صفحه را ندارد؛ اگر نقش دیگری دارید، از بالای صفحه آن را برگزینید." />;
  }
  return <Outlet />;
}
