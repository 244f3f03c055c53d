import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { TokensSection } from './TokensSection';

/** `/account`: profile, password and personal access tokens of the signed-in account. */
export function AccountPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  usePageTitle(t('account.title'));
  if (!me) return null;
  return (
    <>
      <h1>{t('account.title')}</h1>
      <ProfileForm me={me} />
      <PasswordForm />
      <TokensSection />
    </>
  );
}
