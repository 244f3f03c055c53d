import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../api';
import { useFormat } from '../../i18n/use-format';

const KEYS = ['created', 'updated', 'unchanged', 'duplicates', 'errors'] as const;

/** The counts of an import report as a description list. */
export function ImportSummary({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="summary-list" data-testid="import-summary">
      {KEYS.map((key) => (
        <div key={key}>
          <dt>{t(`imports.summary.${key}`)}</dt>
          <dd>{format.number(report.summary[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
