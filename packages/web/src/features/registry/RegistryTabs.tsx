import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { hasAnyRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { EDITOR_ROLES } from './registry-permissions';

/** The registry's sections as links (the current one marked), plus import and duplicates for editors. */
export function RegistryTabs() {
  const { t } = useTranslation();
  const { me } = useSession();
  const editor = hasAnyRole(me, EDITOR_ROLES);
  return (
    <nav className="tabs" aria-label={t('registry.sections')}>
      <ul>
        <li>
          <NavLink to="/registry" end>
            {t('registry.overview')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/registry/organisations">{t('registry.organisations.title')}</NavLink>
        </li>
        <li>
          <NavLink to="/registry/people">{t('registry.people.title')}</NavLink>
        </li>
        <li>
          <NavLink to="/registry/places">{t('registry.places.title')}</NavLink>
        </li>
        {editor ? (
          <>
            <li>
              <NavLink to="/registry/import">{t('imports.title')}</NavLink>
            </li>
            <li>
              <NavLink to="/registry/duplicates">{t('duplicates.title')}</NavLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
