import { Fragment, type ReactNode, useId } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  className?: string;
}

export interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  emptyMessage: string;
  /** Content of an extra full-width row under a row (for expandable details); `null` for none. */
  renderExpanded?: (row: T) => ReactNode | null;
  testId?: string;
}

/**
 * A captioned data table in a keyboard-scrollable region. The first column is the row header.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  emptyMessage,
  renderExpanded,
  testId,
}: DataTableProps<T>) {
  const captionId = useId();
  return (
    // A focusable region lets keyboard users scroll a table wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => {
              const expanded = renderExpanded?.(row) ?? null;
              return (
                <Fragment key={rowKey(row)}>
                  <tr>
                    {columns.map((column, index) =>
                      index === 0 ? (
                        <th key={column.key} scope="row" className={column.className}>
                          {column.render(row)}
                        </th>
                      ) : (
                        <td key={column.key} className={column.className}>
                          {column.render(row)}
                        </td>
                      ),
                    )}
                  </tr>
                  {expanded === null ? null : (
                    <tr className="row-details">
                      <td colSpan={columns.length}>{expanded}</td>
                    </tr>
                  )}
                </Fragment>
              );
            })
          )}
        </tbody>
      </table>
    </section>
  );
}
