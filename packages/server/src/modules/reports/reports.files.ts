import ExcelJS from 'exceljs';
import { csvLine, neutralise } from '../imports/exports.format.ts';
import type { ReportTable } from './reports.tables.ts';

// A report's tables as a spreadsheet file, with the imports module's cell rules (a cell that a
// spreadsheet would read as a formula is neutralised). CSV holds every table one after another,
// each under its caption and header row and separated by an empty line (one file, as the
// printed report); XLSX gives each table its own sheet, numbers as numbers.

const NUMBER = /^\d+(\.\d+)?%?$/;

/** The tables as CSV: UTF-8 with a byte order mark (Excel), CRLF lines (RFC 4180). */
export function reportCsv(tables: readonly ReportTable[]): Buffer {
  const parts = tables.map((t) =>
    [csvLine([t.caption]), csvLine(t.columns.map((c) => c.label)), ...t.rows.map((r) => csvLine(r))].join(''),
  );
  return Buffer.from(`\uFEFF${parts.join('\r\n')}`, 'utf8');
}

/** A cell of a right-aligned column that holds a figure, as a number (a percentage as its fraction). */
function cellOf(value: string, numeric: boolean): string | number {
  if (!numeric || !NUMBER.test(value)) return neutralise(value);
  return value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : Number(value);
}

/** The tables as an XLSX workbook, one sheet per table, its header row bold and frozen. */
export async function reportXlsx(tables: readonly ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Köprü';
  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(t.columns.map((c) => neutralise(c.label))).font = { bold: true };
    for (const row of t.rows) {
      const added = sheet.addRow(row.map((v, i) => cellOf(v, t.columns[i]?.align === 'right')));
      row.forEach((v, i) => {
        if (v.endsWith('%') && t.columns[i]?.align === 'right') added.getCell(i + 1).numFmt = '0%';
      });
    }
    sheet.columns.forEach((column, i) => {
      column.width = Math.min(60, 8 + 6 * (t.columns[i]?.width ?? 1) * 2);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
