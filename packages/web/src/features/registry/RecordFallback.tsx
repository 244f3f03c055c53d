import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../lib/use-page-title';

function NotVisible() {
  const { t } = useTranslation();
  usePageTitle(t('registry.notFound.title'));
  return (
    <>
      <h1>{t('registry.notFound.title')}</h1>
      <p>{t('registry.notFound.body')}</p>
      <p>
        <Link to="/registry">{t('registry.notFound.back')}</Link>
      </p>
    </>
  );
}

/** What a record page shows before its record is there: loading, "not found or not visible", or an error. */
export function RecordFallback({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error, 'NOT_FOUND')) return <NotVisible />;
  if (error) return <LoadError error={error} onRetry={onRetry} />;
  return <Loading />;
}
