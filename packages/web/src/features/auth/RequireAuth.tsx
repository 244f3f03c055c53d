import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../api';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole } from './permissions';
import type { SignInNotice } from './SignInPage';
import { useSession } from './session';

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <>
      <h1>{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
    </>
  );
}

/**
 * Shows `children` to signed-in accounts (holding one of `roles` when given); sends anyone else to
 * `/sign-in?next=<this page>`. Only a convenience: the server authorises every request.
 */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { status, me, signedOutByUser } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (status === 'signedOut' && signedOutByUser) {
    // Signing out is not a visit to come back to: the next person starts afresh at home.
    const notice: SignInNotice = 'signedOut';
    return <Navigate to="/sign-in" state={{ notice }} replace />;
  }
  if (status === 'signedOut') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !hasAnyRole(me, roles)) return <Forbidden />;
  return <>{children}</>;
}
