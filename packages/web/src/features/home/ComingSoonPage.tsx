import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import type { ModuleId } from './modules';

/** Placeholder for a module that is not built yet. */
export function ComingSoonPage({ module }: { module: ModuleId }) {
  const { t } = useTranslation();
  const title = t(`modules.${module}.title`);
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t(`modules.${module}.description`)}</p>
      <p className="badge">{t('home.comingSoon')}</p>
      <p>{t('comingSoon.body')}</p>
      <p>
        <Link to="/">{t('comingSoon.back')}</Link>
      </p>
    </>
  );
}
