import { AppError } from '../../errors/app-error.ts';
import { type SheetFormat, sheetRows, tooLarge, unreadable } from '../imports/imports.reader.ts';
import {
  readTransferHeader,
  readTransferRow,
  type TransferColumn,
  type TransferValues,
} from './plans.transfer.columns.ts';

// Reading a plan import's file with the registry imports' reader (strict UTF-8, `,` or `;`, BOM,
// XLSX streamed), into memory: the rows are applied in code order, not file order, and a plan is
// small, so the limit is far below the registry's 50 MiB.

/** Largest file a plan import accepts (the route's body limit). */
export const PLAN_IMPORT_LIMIT = 5 * 1024 * 1024;
/** Most data rows in one plan file. */
export const MAX_PLAN_ROWS = 10_000;

/** A plan import's request body, as the route's content-type parser leaves it. */
export interface PlanUpload {
  format: SheetFormat;
  body: AsyncIterable<Uint8Array>;
  length: number | undefined;
  charset: string | undefined;
}

/** A data row of the file: its values by column, or why it cannot be read. */
export type FileRow = { row: number; values: TransferValues } | { row: number; error: string };

/**
 * The data rows of an upload (the header checked first).
 * @throws AppError IMPORT_ENCODING (a charset other than UTF-8, or bytes that are not UTF-8),
 * PAYLOAD_TOO_LARGE, IMPORT_UNREADABLE, IMPORT_COLUMNS
 */
export async function readPlanFile(upload: PlanUpload): Promise<FileRow[]> {
  if (upload.charset && !/^"?utf-?8"?$/i.test(upload.charset)) {
    throw new AppError('IMPORT_ENCODING', `The file must be UTF-8, not ${upload.charset}.`);
  }
  if (upload.length !== undefined && upload.length > PLAN_IMPORT_LIMIT) throw tooLarge(PLAN_IMPORT_LIMIT);
  let header: Map<TransferColumn, number> | undefined;
  const rows: FileRow[] = [];
  for await (const sheetRow of sheetRows(upload.format, upload.body, PLAN_IMPORT_LIMIT)) {
    if (!header) {
      header = readTransferHeader(sheetRow);
      continue;
    }
    const values = readTransferRow(header, sheetRow);
    if (!values) continue;
    if (rows.length >= MAX_PLAN_ROWS) {
      throw new AppError('PAYLOAD_TOO_LARGE', `The file has more than ${MAX_PLAN_ROWS} rows.`);
    }
    rows.push({ row: sheetRow.row, ...('error' in values ? { error: values.error } : { values }) });
  }
  if (!header) throw unreadable('The file is empty.');
  return rows;
}
