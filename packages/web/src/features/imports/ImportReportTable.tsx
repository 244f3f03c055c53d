import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DUPLICATE_DECISIONS,
  type DuplicateDecision,
  type ImportReport,
  type ImportRow,
  type ImportType,
} from '../../api';
import { type Column, DataTable } from '../../components/DataTable';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import type { Decisions } from './import-decisions';

const SEGMENT: Record<ImportType, string> = {
  people: 'people',
  organisations: 'organisations',
  places: 'places',
};

interface ImportReportTableProps {
  type: ImportType;
  report: ImportReport;
  decisions: Decisions;
  /** Absent once the import is committed: decisions are then shown, not asked. */
  onDecide?: (row: number, decision: DuplicateDecision) => void;
}

/** The per-row report of an import: status, the record a row duplicates (with score), the error, the decision. */
export function ImportReportTable({ type, report, decisions, onDecide }: ImportReportTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const recordLink = (id: string, label: string) => (
    <Link to={`/registry/${SEGMENT[type]}/${encodeURIComponent(id)}`}>{label}</Link>
  );

  function decisionCell(row: ImportRow) {
    if (row.status !== 'duplicate') return null;
    const current = decisions[row.row] ?? 'skip';
    if (!onDecide) return t(`imports.decision.${current}`);
    return (
      <fieldset className="radio-group">
        <legend className="visually-hidden">{t('imports.decisionFor', { row: row.row })}</legend>
        {DUPLICATE_DECISIONS.map((decision) => (
          <label key={decision} className="radio">
            <input
              type="radio"
              name={`decision-${row.row}`}
              value={decision}
              checked={current === decision}
              onChange={() => onDecide(row.row, decision)}
            />
            {t(`imports.decision.${decision}`)}
          </label>
        ))}
      </fieldset>
    );
  }

  const columns: Column<ImportRow>[] = [
    {
      key: 'row',
      header: t('imports.columns.row'),
      render: (row) => format.number(row.row),
      className: 'numeric',
    },
    {
      key: 'status',
      header: t('imports.columns.status'),
      render: (row) => (
        <StatusBadge tone={`import-${row.status}`}>{t(`imports.status.${row.status}`)}</StatusBadge>
      ),
    },
    {
      key: 'record',
      header: t('imports.columns.record'),
      render: (row) =>
        row.duplicateOf ? (
          <>
            {recordLink(row.duplicateOf.id, row.duplicateOf.label)}{' '}
            <span className="muted">
              {t('imports.score', { score: format.number(Math.round(row.duplicateOf.score * 100) / 100) })}
            </span>
          </>
        ) : row.id ? (
          recordLink(row.id, t('imports.openRecord'))
        ) : null,
    },
    { key: 'error', header: t('imports.columns.error'), render: (row) => row.error ?? '' },
    { key: 'decision', header: t('imports.columns.decision'), render: decisionCell },
  ];

  return (
    <DataTable
      caption={report.dryRun ? t('imports.reportCaption') : t('imports.resultCaption')}
      columns={columns}
      rows={report.rows}
      rowKey={(row) => String(row.row)}
      emptyMessage={t('imports.noRows')}
      testId="import-report"
    />
  );
}
