import { useTranslation } from 'react-i18next';

/** A polite "loading" status for content that is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
