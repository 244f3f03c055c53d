import { useTranslation } from 'react-i18next';
import type { PlanImportReport as Report } from '../../api/plans-types';
import { type Column, DataTable } from '../../components/DataTable';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';

type Row = Report['rows'][number];

/** A cell value of the report as text: lists joined, nothing as "(empty)". */
export function importValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.length === 0 ? empty : value.map(String).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The counts, then one row per line of the file: its code, what happens to it, the changes or the error. */
export function PlanImportReport({ report, caption }: { report: Report; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const empty = t('plans.import.empty');
  const columns: Column<Row>[] = [
    {
      key: 'row',
      header: t('imports.columns.row'),
      render: (r) => format.number(r.row),
      className: 'numeric',
    },
    { key: 'code', header: t('plans.form.code'), render: (r) => r.code },
    {
      key: 'action',
      header: t('imports.columns.status'),
      render: (r) => <StatusBadge tone={`import-${r.action}`}>{t(`imports.status.${r.action}`)}</StatusBadge>,
    },
    {
      key: 'changes',
      header: t('plans.import.changes'),
      render: (r) =>
        r.error ? (
          <span className="field-error">{r.error.message}</span>
        ) : (
          <ul className="plain-list">
            {r.changes.map((c) => (
              <li key={c.field}>
                {/* Column names and cell values are data, written as the file has them. */}
                {`${c.field}: ${importValue(c.before, empty)} → ${importValue(c.after, empty)}`}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <>
      <dl className="summary-list" data-testid="plan-import-summary">
        {(['created', 'updated', 'unchanged', 'errors'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`imports.summary.${key}`)}</dt>
            <dd>{format.number(report.summary[key])}</dd>
          </div>
        ))}
      </dl>
      <DataTable
        caption={caption}
        columns={columns}
        rows={report.rows}
        rowKey={(r) => String(r.row)}
        emptyMessage={t('imports.noRows')}
        testId="plan-import-report"
      />
    </>
  );
}
