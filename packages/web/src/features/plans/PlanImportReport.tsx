import { useState } from 'react';
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

/**
 * The counts, then one row per line of the file: its code, what happens to it, the changes or the
 * error. Unchanged rows are hidden until asked for, so the edits stand out (re-importing an export
 * is all "unchanged").
 */
export function PlanImportReport({ report, caption }: { report: Report; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const empty = t('plans.import.empty');
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = showUnchanged ? report.rows : report.rows.filter((r) => r.action !== 'unchanged');
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
      {report.summary.unchanged > 0 ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showUnchanged}
            onChange={(e) => setShowUnchanged(e.target.checked)}
          />
          {t('plans.import.showUnchanged')}
        </label>
      ) : null}
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.row)}
        emptyMessage={report.rows.length === 0 ? t('imports.noRows') : t('plans.import.allUnchanged')}
        testId="plan-import-report"
      />
    </>
  );
}
