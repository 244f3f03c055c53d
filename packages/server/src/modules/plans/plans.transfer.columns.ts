import { AppError } from '../../errors/app-error.ts';
import { cleanCell, normaliseHeader } from '../imports/imports.columns.ts';
import type { SheetRow } from '../imports/imports.reader.ts';
import type { ItemView } from './plans.presenter.ts';

// The columns of a plan's import and export (docs/api/plans.md, "Import and export"): the same in
// and out, so an export re-imports unchanged.

/** The languages of the title columns, in column order. */
export const TITLE_LANGS = ['en', 'az', 'tr', 'kk', 'ky', 'uz', 'ru'] as const;
export type TitleLang = (typeof TITLE_LANGS)[number];

/** Every column, in export order; `code` is the one required on import. */
export const TRANSFER_COLUMNS = [
  'code',
  ...TITLE_LANGS.map((lang) => `title_${lang}` as const),
  'responsible',
  'supporting',
  'countries',
  'period_text',
  'period_lang',
  'status',
  'progress',
  'weight',
] as const;
export type TransferColumn = (typeof TRANSFER_COLUMNS)[number];

/** One data row by column; a column absent from the file is absent here ("nothing said"). */
export type TransferValues = Partial<Record<TransferColumn, string>>;

/** Longest cell the import reads (titles are the longest texts). */
const MAX_CELL = 5000;

/** The English text of a region, else its first language: what the `countries` cell carries. */
export const regionText = (region: Record<string, string> | null) =>
  region ? (region.en ?? Object.values(region)[0] ?? '') : '';

/** The `countries` cell of an item: its ISO codes, then its region text, joined by `; `. */
export function countriesCell(view: Pick<ItemView, 'countries' | 'region'>): string {
  const region = regionText(view.region);
  return [...view.countries, ...(region ? [region] : [])].join('; ');
}

/** An item as a row of the export, in TRANSFER_COLUMNS order. */
export function exportRow(view: ItemView): string[] {
  return [
    view.code,
    ...TITLE_LANGS.map((lang) => view.title[lang] ?? ''),
    view.responsible.map((r) => r.name).join('; '),
    view.supporting.map((r) => r.name).join('; '),
    countriesCell(view),
    view.period?.text ?? '',
    view.period?.text ? (view.period.lang ?? '') : '',
    view.status,
    String(view.progress),
    String(view.weight),
  ];
}

const columnsError = (message: string, path: string, problem: string) =>
  new AppError('IMPORT_COLUMNS', message, {
    errors: [{ path: `columns.${path}`, message: problem }],
    extra: { required: ['code'], columns: TRANSFER_COLUMNS },
  });

/**
 * Where each column is in the file. The columns are fixed (the export's), so an unknown column is
 * refused rather than ignored: it is most likely a misspelt one whose edits would be lost.
 * @throws AppError IMPORT_COLUMNS (unknown, repeated, or no `code`)
 */
export function readTransferHeader(header: SheetRow | undefined): Map<TransferColumn, number> {
  const index = new Map<TransferColumn, number>();
  (header?.cells ?? []).map(normaliseHeader).forEach((name, i) => {
    if (name === '') return;
    if (!(TRANSFER_COLUMNS as readonly string[]).includes(name)) {
      throw columnsError(`The column ${name} is not a column of a plan.`, name, 'is not a known column');
    }
    if (index.has(name as TransferColumn)) {
      throw columnsError(`The column ${name} appears twice.`, name, 'appears twice');
    }
    index.set(name as TransferColumn, i);
  });
  if (!index.has('code')) throw columnsError('The required column code is missing.', 'code', 'is required');
  return index;
}

/** A data row by column (cells cleaned as the registry imports clean them); undefined when empty. */
export function readTransferRow(
  index: Map<TransferColumn, number>,
  row: SheetRow,
): TransferValues | { error: string } | undefined {
  if (row.cells.every((c) => c.trim() === '')) return undefined;
  const values: TransferValues = {};
  for (const [column, i] of index) {
    const value = cleanCell(row.cells[i] ?? '');
    if (value.length > MAX_CELL) return { error: `${column}: longer than ${MAX_CELL} characters` };
    values[column] = value;
  }
  return values;
}
