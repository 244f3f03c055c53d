import { useTranslation } from 'react-i18next';
import { applicationDocument, applicationDocumentUrl } from '../../api/programmes';
import { useFormat } from '../../i18n/use-format';
import { useAsync } from '../../lib/use-async';
import { documentSize } from './document-size';

/**
 * A document answering a file question, read through its application (whoever reads the
 * application reads it): a download link named by its file name, with its size. Served as an
 * attachment, never embedded.
 */
export function ApplicationDocument({ applicationId, fileId }: { applicationId: string; fileId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const file = useAsync(() => applicationDocument(applicationId, fileId), [applicationId, fileId]);
  if (file.error) return <span className="muted">{t('programmes.answer.documentUnavailable')}</span>;
  if (!file.data) return <span className="muted">{t('app.loading')}</span>;
  return (
    <>
      <a href={applicationDocumentUrl(applicationId, fileId)} download>
        {file.data.name}
      </a>{' '}
      <span className="muted">({documentSize(file.data.size, format.language)})</span>
    </>
  );
}
