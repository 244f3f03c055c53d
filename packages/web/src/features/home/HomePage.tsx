import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { MODULES } from './modules';

/** `/`: welcome, the account's roles, and cards for the modules to come. */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  usePageTitle(t('home.title'));
  if (!me) return null;

  return (
    <>
      <h1>{t('home.welcome', { name: me.account.displayName })}</h1>
      <p className="lead">{t('home.intro')}</p>
      <section aria-labelledby="home-roles">
        <h2 id="home-roles">{t('home.rolesHeading')}</h2>
        {me.roles.length === 0 ? (
          <p>{t('home.noRoles')}</p>
        ) : (
          <ul className="role-list" data-testid="my-roles">
            {me.roles.map((grant) => (
              <li key={grant.id}>
                {t('home.roleInOrganisation', {
                  role: t(`roles.${grant.role}`),
                  organisation: grant.organisation.name,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-modules">
        <h2 id="home-modules">{t('home.modulesHeading')}</h2>
        <ul className="card-grid">
          {MODULES.map((module) => (
            <li key={module.id} className="card module-card">
              <h3>
                <Link to={module.path} className="module-card-link">
                  {t(`modules.${module.id}.title`)}
                </Link>
              </h3>
              <p>{t(`modules.${module.id}.description`)}</p>
              {module.ready ? null : <p className="badge">{t('home.comingSoon')}</p>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
