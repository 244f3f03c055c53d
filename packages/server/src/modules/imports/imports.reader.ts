import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors/app-error.ts';

// Reading an uploaded spreadsheet as a stream of rows of text, never the whole file at once:
// CSV through a strict UTF-8 decoder and csv-parse, XLSX through exceljs' streaming reader.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export type SheetFormat = 'csv' | 'xlsx';

/** One row of a spreadsheet: its number as a spreadsheet shows it (the header is row 1), cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** Longest CSV record (bytes) and header line (characters) accepted before the file is called unreadable. */
const MAX_RECORD_BYTES = 256 * 1024;
const MAX_HEADER_CHARS = 64 * 1024;

export const unreadable = (message: string) => new AppError('IMPORT_UNREADABLE', message);
export const tooLarge = (limit: number) =>
  new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${Math.round(limit / 1024 / 1024)} MiB.`);
const notUtf8 = () =>
  new AppError(
    'IMPORT_ENCODING',
    'The file is not UTF-8 text. Save it as "CSV UTF-8" (Excel) or UTF-8 (other programs) and try again.',
  );

/**
 * Passes `source` through until `limit` bytes, then fails with PAYLOAD_TOO_LARGE, or with `quietly`
 * ends the stream instead (the XLSX reader does not hear errors of its input); `exceeded()` tells.
 */
export function limitBytes(source: AsyncIterable<Uint8Array>, limit: number, quietly = false) {
  let total = 0;
  let over = false;
  async function* limited(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > limit) {
        over = true;
        if (quietly) return;
        throw tooLarge(limit);
      }
      yield chunk;
    }
  }
  return { chunks: limited(), exceeded: () => over };
}

/** Control bytes other than tab, line feed and carriage return: text files have (almost) none. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) control++;
  }
  return control > sample.length * 0.01;
}

function checkStart(bytes: Uint8Array): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError('IMPORT_ENCODING', 'The file is UTF-16 text. Save it as UTF-8 and try again.');
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
    throw unreadable(`This looks like an XLSX workbook; send it with the content type ${XLSX_TYPE}.`);
  }
  if (looksBinary(bytes)) throw unreadable('The file is not a CSV file: it contains binary data.');
}

/**
 * Decodes UTF-8 strictly (a byte sequence that is not UTF-8, such as a Windows-1251 file, fails
 * with IMPORT_ENCODING); a byte order mark is dropped.
 * @throws AppError IMPORT_ENCODING, IMPORT_UNREADABLE (binary data)
 */
export async function* decodeUtf8(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const chunk of source) {
    if (chunk.length === 0) continue;
    if (first) checkStart(chunk);
    first = false;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw looksBinary(chunk)
        ? unreadable('The file is not a CSV file: it contains binary data.')
        : notUtf8();
    }
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw notUtf8();
  }
  if (rest) yield rest;
}

/** The delimiter of a header line: `,` or `;`, whichever occurs more often outside quotes. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * The rows of a CSV file (UTF-8 with or without BOM; `,` or `;` as detected from the header line),
 * empty lines skipped.
 * @throws AppError IMPORT_ENCODING, IMPORT_UNREADABLE
 */
export async function* csvRows(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow> {
  const text = decodeUtf8(bytes)[Symbol.asyncIterator]();
  let head = '';
  while (!/[\r\n]/.test(head)) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
    if (head.length > MAX_HEADER_CHARS && !/[\r\n]/.test(head)) {
      throw unreadable('The file has no header line: its first line is too long.');
    }
  }
  if (head.trim() === '') throw unreadable('The file is empty.');
  const delimiter = detectDelimiter(head.split(/[\r\n]/, 1)[0] ?? '');
  async function* all(): AsyncGenerator<string> {
    yield head;
    for (;;) {
      const next = await text.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    info: true,
  });
  const input = Readable.from(all(), { objectMode: false });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { row: info.lines, cells: record };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw unreadable(`The file is not readable as CSV: ${reason}`);
  } finally {
    input.destroy();
  }
}

/** A cell of a workbook as text: formulas as their text (`=…`), never evaluated; dates as ISO dates. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value) return `=${String(value.sharedFormula)}`;
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The rows of the first worksheet of an XLSX workbook.
 * @throws AppError IMPORT_UNREADABLE when it is not a readable workbook
 */
export async function* xlsxRows(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        const values = row.values as (ExcelJS.CellValue | undefined)[];
        yield { row: row.number, cells: Array.from(values.slice(1), cellText) };
      }
      return;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable('The file is not a readable XLSX workbook.');
  }
  if (!sheets) throw unreadable('The file is not a readable XLSX workbook: it has no worksheet.');
}

/**
 * The rows of an uploaded file, at most `limit` bytes of it.
 * @throws AppError PAYLOAD_TOO_LARGE, IMPORT_ENCODING, IMPORT_UNREADABLE
 */
export async function* sheetRows(
  format: SheetFormat,
  body: AsyncIterable<Uint8Array>,
  limit: number,
): AsyncGenerator<SheetRow> {
  const { chunks, exceeded } = limitBytes(body, limit, format === 'xlsx');
  try {
    yield* format === 'csv' ? csvRows(chunks) : xlsxRows(chunks);
  } catch (error) {
    if (exceeded()) throw tooLarge(limit);
    throw error;
  }
  if (exceeded()) throw tooLarge(limit);
}
