import { useTranslation } from 'react-i18next';
import { fileContentUrl, getFile } from '../../api';
import { useAsync } from '../../lib/use-async';

/**
 * A download link to an uploaded document, named by its file name (loaded when not known). Files
 * are served as attachments and never embedded.
 */
export function FileLink({ id, name }: { id: string; name?: string | null }) {
  const { t } = useTranslation();
  const file = useAsync(() => (name ? Promise.resolve(null) : getFile(id)), [id, name]);
  const label =
    name ?? file.data?.name ?? (file.error ? t('meetings.documents.unavailable') : t('app.loading'));
  if (!name && file.error) return <span className="muted">{label}</span>;
  return (
    <a href={fileContentUrl(id)} download>
      {label}
    </a>
  );
}
