import { useTranslation } from 'react-i18next';
import { REPORT_FORMATS, reportExportUrl } from '../../api/reports';
import { useFormat } from '../../i18n/use-format';

/** The report as PDF, printable HTML, CSV and XLSX, in the interface language. */
export function ReportExportLinks({ organisationId, year }: { organisationId: string | null; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="export-links" aria-label={t('reports.export.label')}>
      {REPORT_FORMATS.map((f) => (
        <li key={f}>
          <a
            className="button button-small button-secondary"
            href={reportExportUrl(organisationId, year, f, format.language)}
            {...(f === 'html' ? { target: '_blank', rel: 'noopener' } : { download: true })}
          >
            {t(`reports.export.${f}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
