import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { defaultOwnerOf, registryReadScope } from '../registry/registry.policy.ts';
import { KEY_SIMILARITY_THRESHOLD } from '../search/search.service.ts';
import { type ImportType, readHeader, readRow, type RowValues } from './imports.columns.ts';
import { type ImportContext, RowError } from './imports.context.ts';
import { importOrganisationRow } from './imports.organisations.ts';
import { importPersonRow } from './imports.people.ts';
import { importPlaceRow } from './imports.places.ts';
import { type SheetFormat, sheetRows, tooLarge, unreadable, XLSX_TYPE } from './imports.reader.ts';
import { setTrigramThreshold } from './imports.repository.ts';
import {
  type Decisions,
  DecisionsSchema,
  type DuplicateDecision,
  type ImportReport,
  type ImportRow,
} from './imports.schema.ts';

/** Largest file an import accepts (the route's own body limit; the app's is 1 MiB). */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
/** Most data rows in one file: one transaction and one report hold them all. */
export const MAX_IMPORT_ROWS = 200_000;

/** A file read into rows: the values by column, or why a row cannot be read. */
interface ImportFile {
  rows: ({ row: number; values: Record<string, string> } | { row: number; error: string })[];
  ignoredColumns: string[];
}

export interface ImportOptions {
  commit: boolean;
  onDuplicate: DuplicateDecision;
}

/** Ends the import's transaction without writing: a dry run, or a commit with error rows. */
class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super('rollback');
  }
}

/**
 * Reads an uploaded file row by row into values by column; the bytes are not kept.
 * @throws AppError PAYLOAD_TOO_LARGE, IMPORT_ENCODING, IMPORT_UNREADABLE, IMPORT_COLUMNS
 */
async function readImportFile(type: ImportType, format: SheetFormat, body: AsyncIterable<Uint8Array>) {
  const file: ImportFile = { rows: [], ignoredColumns: [] };
  let header: ReturnType<typeof readHeader> | undefined;
  for await (const sheetRow of sheetRows(format, body, IMPORT_BODY_LIMIT)) {
    if (!header) {
      header = readHeader(type, sheetRow);
      file.ignoredColumns = header.ignored;
      continue;
    }
    const values = readRow(type, header, sheetRow);
    if (!values) continue;
    if (file.rows.length >= MAX_IMPORT_ROWS) {
      throw new AppError('PAYLOAD_TOO_LARGE', `The file has more than ${MAX_IMPORT_ROWS} rows; split it.`);
    }
    file.rows.push({ row: sheetRow.row, ...('error' in values ? { error: values.error } : { values }) });
  }
  if (!header) throw unreadable('The file is empty.');
  return file;
}

const HANDLERS: {
  [T in ImportType]: (ic: ImportContext, row: number, values: RowValues<T>) => Promise<ImportRow>;
} = { people: importPersonRow, organisations: importOrganisationRow, places: importPlaceRow };

function reportOf(rows: ImportRow[], dryRun: boolean, ignoredColumns: string[]): ImportReport {
  const count = (status: ImportRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    dryRun,
    summary: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      duplicates: count('duplicate'),
      errors: count('error'),
    },
    ignoredColumns,
    rows,
  };
}

/**
 * Applies a read file in ONE transaction, row by row in file order (so a later row sees what an
 * earlier one created). A dry run does the same work and rolls it back, so its report is exactly
 * what a commit would do; a commit with any error row rolls back too.
 * @throws AppError IMPORT_INVALID (with the report) when a commit has error rows
 */
async function applyImport(
  deps: AppDeps,
  ctx: RequestContext,
  type: ImportType,
  file: ImportFile,
  options: ImportOptions & { decisions: Decisions },
): Promise<ImportReport> {
  const handle = HANDLERS[type] as (
    ic: ImportContext,
    row: number,
    values: Record<string, string>,
  ) => Promise<ImportRow>;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      await setTrigramThreshold(trx, KEY_SIMILARITY_THRESHOLD);
      const ic: ImportContext = {
        db: trx,
        ctx,
        actor: ctx.actor,
        scope: registryReadScope(ctx.actor),
        owner: defaultOwnerOf(ctx.actor),
        commit: options.commit,
        decide: (row) => options.decisions[String(row)] ?? options.onDuplicate,
        countries: new Map(),
      };
      const rows: ImportRow[] = [];
      for (const r of file.rows) {
        if ('error' in r) {
          rows.push({ row: r.row, status: 'error', error: r.error });
          continue;
        }
        try {
          rows.push(await handle(ic, r.row, r.values));
        } catch (error) {
          if (!(error instanceof RowError)) throw error;
          rows.push({ row: r.row, status: 'error', error: error.message });
        }
      }
      const report = reportOf(rows, !options.commit, file.ignoredColumns);
      if (!options.commit || report.summary.errors > 0) throw new Rollback(report);
      await recordAudit(trx, ctx, {
        action: 'import.committed',
        entityType: 'import',
        entityId: null,
        after: { type, rows: rows.length, summary: report.summary, ignoredColumns: file.ignoredColumns },
      });
      return report;
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    if (!options.commit) return error.report;
    throw new AppError(
      'IMPORT_INVALID',
      `${error.report.summary.errors} row(s) cannot be imported; nothing was written.`,
      {
        extra: { report: error.report },
      },
    );
  }
}

/**
 * Imports a file sent as the request body (`text/csv` or XLSX): a dry run unless `commit`.
 * @throws AppError PAYLOAD_TOO_LARGE, IMPORT_ENCODING, IMPORT_UNREADABLE, IMPORT_COLUMNS, IMPORT_INVALID
 */
export async function importUpload(
  deps: AppDeps,
  ctx: RequestContext,
  type: ImportType,
  upload: {
    format: SheetFormat;
    body: AsyncIterable<Uint8Array>;
    length: number | undefined;
    charset?: string | undefined;
  },
  options: ImportOptions,
): Promise<ImportReport> {
  if (upload.charset && !/^"?utf-?8"?$/i.test(upload.charset)) {
    throw new AppError('IMPORT_ENCODING', `The file must be UTF-8, not ${upload.charset}.`);
  }
  if (upload.length !== undefined && upload.length > IMPORT_BODY_LIMIT) throw tooLarge(IMPORT_BODY_LIMIT);
  const file = await readImportFile(type, upload.format, upload.body);
  return applyImport(deps, ctx, type, file, { ...options, decisions: {} });
}

/** One part of a multipart request, as @fastify/multipart gives it. */
export type UploadPart =
  | { type: 'file'; fieldname: string; filename: string; mimetype: string; file: AsyncIterable<Uint8Array> }
  | { type: 'field'; fieldname: string; value: unknown };

function formatOfPart(part: { filename: string; mimetype: string }): SheetFormat {
  if (part.mimetype === XLSX_TYPE || /\.xlsx$/i.test(part.filename)) return 'xlsx';
  if (/^text\/(csv|plain)$/.test(part.mimetype) || /\.csv$/i.test(part.filename)) return 'csv';
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file must be a CSV file or an XLSX workbook.');
}

function parseDecisions(value: unknown): Decisions {
  let json: unknown;
  try {
    json = JSON.parse(String(value));
  } catch {
    json = undefined;
  }
  const parsed = DecisionsSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'The decisions are not valid.', {
      errors: [
        { path: 'body.decisions', message: 'must be a JSON object of row numbers to create, skip or merge' },
      ],
    });
  }
  return parsed.data;
}

/**
 * Imports a file sent as `multipart/form-data` with parts `file` and (optionally) `decisions`,
 * the per-row choices for duplicates.
 * @throws AppError as importUpload; VALIDATION_FAILED without a file or with bad decisions
 */
export async function importMultipart(
  deps: AppDeps,
  ctx: RequestContext,
  type: ImportType,
  parts: AsyncIterable<UploadPart>,
  options: ImportOptions,
): Promise<ImportReport> {
  let file: ImportFile | undefined;
  let decisions: Decisions = {};
  try {
    for await (const part of parts) {
      if (part.type === 'field' && part.fieldname === 'decisions') decisions = parseDecisions(part.value);
      else if (part.type === 'file' && part.fieldname === 'file' && !file) {
        file = await readImportFile(type, formatOfPart(part), part.file);
        if ((part.file as { truncated?: boolean }).truncated) throw tooLarge(IMPORT_BODY_LIMIT);
      } else {
        throw new AppError('VALIDATION_FAILED', 'The form has a part that is not file or decisions.', {
          errors: [{ path: `body.${part.fieldname}`, message: 'is not a known part' }],
        });
      }
    }
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) throw tooLarge(IMPORT_BODY_LIMIT);
    throw error;
  }
  if (!file) {
    throw new AppError('VALIDATION_FAILED', 'The form has no file.', {
      errors: [{ path: 'body.file', message: 'is required' }],
    });
  }
  return applyImport(deps, ctx, type, file, { ...options, decisions });
}
