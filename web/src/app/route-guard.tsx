import type { ReactNode } from 'react';
import type { Permission } from '../api/types';
import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/api-error';
import { FullPageSpin } from '../components/full-page-spin';
import { useMe } from '../features/auth/api';
import { hasAnyPermission } from './navigation';
import ForbiddenPage from './pages/forbidden-page';

/**
 * Lets only signed-in users through. Signed-out users go to /login (remembering where they wanted to go);
 * a user who must change the password is held on /change-password whatever the route.
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={t('errors.loadFailed')}
        subTitle={errorMessage(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (me.data.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace state={{ from: location.pathname }} />;
  }
  return children ?? <Outlet />;
}

/** Shows the 403 page unless the signed-in user holds one of the permissions. */
export function RequirePermission({ anyOf }: { anyOf: readonly Permission[] }) {
  const { data: me } = useMe();
  if (!me || !hasAnyPermission(me, anyOf)) return <ForbiddenPage />;
  return <Outlet />;
}
