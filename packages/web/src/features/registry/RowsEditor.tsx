import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { removeRow, updateRow } from './rows';

interface RowsEditorProps<Row extends { key: string }> {
  legend: string;
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** A message about the set as a whole (e.g. "at least one official name"). */
  error?: string | undefined;
  /** Shown when there is no row. */
  emptyMessage?: string;
  /** The remove buttons are disabled while only this many rows are left. */
  minRows?: number;
  rowLegend: (index: number) => string;
  /** The accessible name of a row's remove button ("Remove name 2"). */
  removeLabel: (index: number) => string;
  addLabel: string;
  newRow: () => Row;
  /** The controls of one row; `update` merges a change into that row. */
  renderRow: (row: Row, index: number, update: (change: Partial<Row>) => void) => ReactNode;
  /** More controls shown beside the row's remove button. */
  renderActions?: (row: Row, index: number) => ReactNode;
  /** What removing the row at `index` makes of the set (by default it is just left out). */
  remove?: (rows: readonly Row[], index: number) => Row[];
}

/**
 * A fieldset of repeated rows, each its own labelled fieldset with a remove button, and an add
 * button at the end: the one pattern behind the names, spellings, positions and place names editors.
 */
export function RowsEditor<Row extends { key: string }>(props: RowsEditorProps<Row>) {
  const { rows, onChange, minRows = 0, remove = removeRow } = props;
  const { t } = useTranslation();
  return (
    <fieldset className="editor">
      <legend>{props.legend}</legend>
      {props.error ? <p className="field-error">{props.error}</p> : null}
      {rows.length === 0 && props.emptyMessage ? <p className="muted">{props.emptyMessage}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="editor-row">
          <legend>{props.rowLegend(index)}</legend>
          <div className="form-row">
            {props.renderRow(row, index, (change) => onChange(updateRow(rows, index, change)))}
          </div>
          <div className="form-actions">
            {props.renderActions?.(row, index)}
            <button
              type="button"
              className="button button-small button-danger-outline"
              disabled={rows.length <= minRows}
              aria-label={props.removeLabel(index)}
              onClick={() => onChange(remove(rows, index))}
            >
              {t('registry.form.remove')}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...rows, props.newRow()])}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
