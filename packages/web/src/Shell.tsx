import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { updateMe } from './api';
import { AccountMenu } from './components/AccountMenu';
import { Layout, type NavItem } from './components/Layout';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import {
  ACCOUNT_ADMIN_ROLES,
  hasAnyRole,
  INVITATION_ADMIN_ROLES,
  SECRETARIAT_ROLES,
} from './features/auth/permissions';
import { useSession } from './features/auth/session';
import type { SignInNotice } from './features/auth/SignInPage';
import { MODULES } from './features/home/modules';
import { HeaderSearch } from './features/search/HeaderSearch';
import { changeLanguage } from './i18n';
import type { Language } from './i18n/languages';

/** Connects the presentational `Layout` to the session: navigation by role, account menu, language. */
export function Shell() {
  const { t } = useTranslation();
  const { status, me, setMe, signOut } = useSession();
  const navigate = useNavigate();
  const signedIn = status === 'signedIn' && me !== null;

  const navItems: NavItem[] = signedIn
    ? [
        { to: '/', label: t('nav.home'), end: true },
        ...MODULES.map((module) => ({ to: module.path, label: t(`modules.${module.id}.title`) })),
      ]
    : [];
  const adminItems: NavItem[] = [];
  if (hasAnyRole(me, INVITATION_ADMIN_ROLES))
    adminItems.push({ to: '/admin/invitations', label: t('nav.invitations') });
  if (hasAnyRole(me, ACCOUNT_ADMIN_ROLES))
    adminItems.push({ to: '/admin/accounts', label: t('nav.accounts') });
  if (hasAnyRole(me, SECRETARIAT_ROLES)) {
    adminItems.push({ to: '/admin/outbox', label: t('nav.outbox') });
    adminItems.push({ to: '/admin/audit', label: t('nav.audit') });
  }

  async function handleLanguageChange(language: Language) {
    await changeLanguage(language);
    if (!signedIn) return;
    try {
      setMe(await updateMe({ locale: language }));
    } catch (error) {
      // The interface has switched already; the profile keeps its old preference until the next change.
      console.warn('Could not save the preferred language', error);
    }
  }

  async function handleSignOut() {
    await signOut().catch(() => undefined);
    const notice: SignInNotice = 'signedOut';
    navigate('/sign-in', { state: { notice } });
  }

  const headerActions = (
    <>
      <LanguageSwitcher onChange={handleLanguageChange} />
      {signedIn ? (
        <AccountMenu
          displayName={me.account.displayName}
          email={me.account.email}
          onSignOut={handleSignOut}
        />
      ) : status === 'signedOut' ? (
        <Link to="/sign-in" className="button button-secondary">
          {t('nav.signIn')}
        </Link>
      ) : null}
    </>
  );

  return (
    <Layout
      navItems={navItems}
      adminItems={adminItems}
      search={<HeaderSearch />}
      headerActions={headerActions}
    >
      <Outlet />
    </Layout>
  );
}
