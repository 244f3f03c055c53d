import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listOrganisations, listPeople, listPlaces } from '../../api';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { usePageTitle } from '../../lib/use-page-title';
import { RegistryTabs } from './RegistryTabs';

const SECTIONS = [
  {
    id: 'organisations',
    path: '/registry/organisations',
    count: () => listOrganisations({ limit: 1, offset: 0 }),
  },
  { id: 'people', path: '/registry/people', count: () => listPeople({ limit: 1, offset: 0 }) },
  { id: 'places', path: '/registry/places', count: () => listPlaces({ limit: 1, offset: 0 }) },
] as const;

function SectionCard({ section }: { section: (typeof SECTIONS)[number] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const total = useAsync(() => section.count().then((page) => page.total), [section.id]);
  return (
    <li className="card module-card">
      <h2>
        <Link to={section.path} className="module-card-link">
          {t(`registry.${section.id}.title`)}
        </Link>
      </h2>
      <p>{t(`registry.${section.id}.description`)}</p>
      {total.data !== undefined ? (
        <p className="badge">{t('registry.found', { number: format.number(total.data) })}</p>
      ) : null}
    </li>
  );
}

/** `/registry`: the registry's sections with how many records of each the visitor may see. */
export function RegistryHubPage() {
  const { t } = useTranslation();
  usePageTitle(t('modules.registry.title'));
  return (
    <>
      <RegistryTabs />
      <h1>{t('modules.registry.title')}</h1>
      <p className="lead">{t('registry.intro')}</p>
      <ul className="card-grid">
        {SECTIONS.map((section) => (
          <SectionCard key={section.id} section={section} />
        ))}
      </ul>
    </>
  );
}
