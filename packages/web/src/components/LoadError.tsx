import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-message';
import { Alert } from './Alert';

/** The error box for data that failed to load, with a "try again" button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      tone="error"
      action={
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      }
    >
      {t('errors.loadFailed')} {errorMessage(t, error)}
    </Alert>
  );
}
