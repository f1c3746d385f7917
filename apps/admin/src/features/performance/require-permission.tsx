import { Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathFor } from '../accounts/session/next-path';
import { useMe } from '../accounts/session/use-me';
import type { PerformancePermission } from './performance-permissions';

export interface RequirePermissionProps {
  permission: PerformancePermission;
}

/** Ma'na pages: signed in, and the active role holds `permission`; otherwise the login page or a 403. */
export function RequirePermission({ permission }: RequirePermissionProps) {
  const { me } = useMe();
  const location = useLocation();
  if (me === null) return <Navigate to={loginPathFor(location)} replace />;
  if (!me.permissions.includes(permission)) {
    return <Result status="403" title="دسترسی ندارید" subTitle="نقش فعال شما اجازهٔ دیدن این صفحه را ندارد؛ اگر نقش دیگری دارید، از بالای صفحه آن را برگزینید." />;
  }
  return <Outlet />;
}
