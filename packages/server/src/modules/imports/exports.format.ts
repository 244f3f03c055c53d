import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FORMULA_START } from './imports.columns.ts';

// Writing a list as CSV, XLSX or JSON, row by row as the rows arrive.

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/**
 * A cell a spreadsheet could read as a formula (`= + - @`, tab, CR at its start) gets a leading
 * `'`, so it shows as text (CSV injection, OWASP); the import removes the mark again.
 * @example neutralise('=1+2') // "'=1+2"
 */
export const neutralise = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** One CSV line (RFC 4180: quoted when it holds a delimiter, quote or line break). */
export function csvLine(cells: readonly string[]): string {
  return `${cells
    .map((cell) => {
      const safe = neutralise(cell);
      return /[",;\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',')}\r\n`;
}

/**
 * The list as a stream in `format`: CSV (UTF-8 with a byte order mark, so Excel reads it as UTF-8),
 * XLSX (cells as text), or JSON (an array of objects by column; values as stored, since JSON is not
 * opened by spreadsheets).
 */
export function writeRows(
  format: ExportFormat,
  columns: readonly string[],
  rows: AsyncIterable<string[]>,
): Readable {
  if (format === 'csv') {
    return Readable.from(
      (async function* () {
        yield `\uFEFF${csvLine(columns)}`;
        for await (const row of rows) yield csvLine(row);
      })(),
    );
  }
  if (format === 'json') {
    return Readable.from(
      (async function* () {
        let first = true;
        yield '[';
        for await (const row of rows) {
          yield `${first ? '' : ','}\n${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, row[i] ?? ''])))}`;
          first = false;
        }
        yield '\n]\n';
      })(),
    );
  }
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Export');
  (async () => {
    sheet.addRow([...columns]).commit();
    for await (const row of rows) sheet.addRow(row.map(neutralise)).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
