import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, exportUrl, type ImportType } from '../../api';

/** Download links for a list with its current filters, one per export format. */
export function ExportButtons({ type, filter }: { type: ImportType; filter: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <ul className="export-links" aria-label={t('registry.export.label')}>
      {EXPORT_FORMATS.map((format) => (
        <li key={format}>
          <a className="button button-small button-secondary" href={exportUrl(type, format, filter)} download>
            {t('registry.export.download', { format: format.toUpperCase() })}
          </a>
        </li>
      ))}
    </ul>
  );
}
