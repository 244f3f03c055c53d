import { AppError } from '../../errors/app-error.ts';
import type { SheetRow } from './imports.reader.ts';

/** What a file imports into. */
export const IMPORT_TYPES = ['people', 'organisations', 'places'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

/**
 * The columns of each import (and export), in export order; the first is required. Unknown
 * columns are not refused: they are ignored and named in the report (`ignoredColumns`), so a
 * sheet with extra notes imports, and the dry run shows what was left out.
 */
export const COLUMNS = {
  people: ['full_name', 'other_names', 'organisation', 'position', 'country', 'email'],
  organisations: ['name', 'other_names', 'abbreviation', 'kind', 'country', 'city', 'parent'],
  places: ['name', 'other_names', 'country', 'kind'],
} as const satisfies Record<ImportType, readonly string[]>;

export type ColumnOf<T extends ImportType> = (typeof COLUMNS)[T][number];
/** One data row by column name, cells cleaned (empty string when absent). */
export type RowValues<T extends ImportType> = Record<ColumnOf<T>, string>;

/** Longest cell accepted; names are limited further by the row rules. */
const MAX_CELL = 2000;
/** Characters a spreadsheet would read as the start of a formula (CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;
/** Control characters (C0, DEL) in a cleaned cell, where whitespace is already plain spaces. */
const hasControl = (text: string) =>
  [...text].some((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });

/** `Full Name` → `full_name`. */
export const normaliseHeader = (h: string) =>
  h
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * A cell as stored: NFC, whitespace collapsed and trimmed. The `'` that an export puts before a
 * formula-like cell is removed, so an export re-imports unchanged; formulas stay text.
 */
export function cleanCell(raw: string): string {
  const text = raw.startsWith("'") && FORMULA_START.test(raw.slice(1)) ? raw.slice(1) : raw;
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Where each known column is in the file, and which columns are ignored. */
export interface HeaderMap<T extends ImportType> {
  index: Map<ColumnOf<T>, number>;
  ignored: string[];
}

/**
 * Reads the header row.
 * @throws AppError IMPORT_COLUMNS when the required column is missing or a column appears twice
 */
export function readHeader<T extends ImportType>(type: T, header: SheetRow | undefined): HeaderMap<T> {
  const known = COLUMNS[type] as readonly ColumnOf<T>[];
  const required = known[0]!;
  const names = (header?.cells ?? []).map(normaliseHeader);
  const index = new Map<ColumnOf<T>, number>();
  const ignored: string[] = [];
  names.forEach((name, i) => {
    if (name === '') return;
    if (!(known as readonly string[]).includes(name)) {
      ignored.push(name);
      return;
    }
    if (index.has(name as ColumnOf<T>)) {
      throw new AppError('IMPORT_COLUMNS', `The column ${name} appears twice.`, {
        errors: [{ path: `columns.${name}`, message: 'appears twice' }],
      });
    }
    index.set(name as ColumnOf<T>, i);
  });
  if (!index.has(required)) {
    throw new AppError('IMPORT_COLUMNS', `The required column ${required} is missing.`, {
      errors: [{ path: `columns.${required}`, message: 'is required' }],
      extra: { required: [required], columns: known, found: names },
    });
  }
  return { index, ignored };
}

/** A data row by column name, or the reason it cannot be read; undefined for an empty row. */
export function readRow<T extends ImportType>(
  type: T,
  header: HeaderMap<T>,
  row: SheetRow,
): RowValues<T> | { error: string } | undefined {
  if (row.cells.every((c) => c.trim() === '')) return undefined;
  const values = {} as RowValues<T>;
  for (const column of COLUMNS[type] as readonly ColumnOf<T>[]) {
    const i = header.index.get(column);
    const value = i === undefined ? '' : cleanCell(row.cells[i] ?? '');
    if (value.length > MAX_CELL) return { error: `${column}: longer than ${MAX_CELL} characters` };
    if (hasControl(value)) return { error: `${column}: contains control characters` };
    values[column] = value;
  }
  return values;
}

/** `A; B;; a` → `['A', 'B']`: the spellings of a semicolon-separated cell, without repeats. */
export function splitNames(cell: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of cell.split(';')) {
    const name = part.trim();
    if (name && !seen.has(foldName(name))) {
      seen.add(foldName(name));
      names.push(name);
    }
  }
  return names;
}

/** The form in which two spellings count as the same spelling: NFC, spaces collapsed, lower case. */
export const foldName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
