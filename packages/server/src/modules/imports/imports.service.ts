import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AppDeps } from '../../app-deps.ts';
import { analyseStale, estimatedRows } from '../../db/statistics.ts';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { defaultOwnerOf, registryReadScope } from '../registry/registry.policy.ts';
import { mergePendingKeys } from '../search/name-keys.repository.ts';
import { KEY_SIMILARITY_THRESHOLD } from '../search/search.service.ts';
import { type ImportType, readHeader, readRow, type RowValues } from './imports.columns.ts';
import { type ImportContext, RowError } from './imports.context.ts';
import { KeysAhead } from './imports.keys.ts';
import { importOrganisationRow } from './imports.organisations.ts';
import { importPeopleRows, PEOPLE_BATCH } from './imports.people.ts';
import { importPlaceRow } from './imports.places.ts';
import {
  limitBytes,
  type SheetFormat,
  sheetRows,
  tooLarge,
  unreadable,
  XLSX_TYPE,
} from './imports.reader.ts';
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

/** A row of the file: the values by column, or why it cannot be read. */
type FileRow = { row: number; values: Record<string, string> } | { row: number; error: string };

/** An upload kept in a temporary file while it is imported (so only a batch of rows is in memory). */
interface SpooledFile {
  format: SheetFormat;
  path: string;
}

/** Runs `use` with a new private temporary folder, deleted afterwards. */
async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'kopru-import-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Copies an upload into `dir`, at most IMPORT_BODY_LIMIT bytes. The import then reads the file while
 * its transaction is open, rather than the network, which would hold the (embedded, single) database
 * connection as long as a slow upload lasts; only a batch of rows is ever in memory.
 * @throws AppError PAYLOAD_TOO_LARGE
 */
async function spool(
  dir: string,
  format: SheetFormat,
  body: AsyncIterable<Uint8Array>,
): Promise<SpooledFile> {
  const path = join(dir, `upload.${format}`);
  await pipeline(limitBytes(body, IMPORT_BODY_LIMIT).chunks, createWriteStream(path, { mode: 0o600 }));
  return { format, path };
}

/**
 * The rows of a spooled file, read as they are needed; the header first.
 * @throws AppError PAYLOAD_TOO_LARGE, IMPORT_ENCODING, IMPORT_UNREADABLE, IMPORT_COLUMNS
 */
async function* fileRows(
  type: ImportType,
  file: SpooledFile,
): AsyncGenerator<{ ignoredColumns: string[] } | FileRow> {
  let header: ReturnType<typeof readHeader> | undefined;
  let count = 0;
  for await (const sheetRow of sheetRows(file.format, createReadStream(file.path), IMPORT_BODY_LIMIT)) {
    if (!header) {
      header = readHeader(type, sheetRow);
      yield { ignoredColumns: header.ignored };
      continue;
    }
    const values = readRow(type, header, sheetRow);
    if (!values) continue;
    if (++count > MAX_IMPORT_ROWS) {
      throw new AppError('PAYLOAD_TOO_LARGE', `The file has more than ${MAX_IMPORT_ROWS} rows; split it.`);
    }
    yield { row: sheetRow.row, ...('error' in values ? { error: values.error } : { values }) };
  }
  if (!header) throw unreadable('The file is empty.');
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
 * Imports the rows at the head of a run of readable rows; returns the results of as many as it
 * decided (at least one), in order. People go in batches; organisations and places, whose rows may
 * name each other (`parent`) and are few, one by one.
 */
type RowsHandler = (
  ic: ImportContext,
  rows: { row: number; values: Record<string, string> }[],
) => Promise<ImportRow[]>;

const oneByOne =
  <T extends ImportType>(
    handle: (ic: ImportContext, row: number, values: RowValues<T>) => Promise<ImportRow>,
  ) =>
  async (
    ic: ImportContext,
    rows: { row: number; values: Record<string, string> }[],
  ): Promise<ImportRow[]> => {
    const { row, values } = rows[0]!;
    try {
      return [await handle(ic, row, values as RowValues<T>)];
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      return [{ row, status: 'error', error: error.message }];
    }
  };

const HANDLERS: { [T in ImportType]: { handle: RowsHandler; batch: number } } = {
  // Twice a batch: the rows after the batch are read ahead while it writes.
  people: { handle: importPeopleRows as unknown as RowsHandler, batch: 2 * PEOPLE_BATCH },
  organisations: { handle: oneByOne(importOrganisationRow), batch: 1 },
  places: { handle: oneByOne(importPlaceRow), batch: 1 },
};

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
  file: SpooledFile,
  options: ImportOptions & { decisions: Decisions },
): Promise<ImportReport> {
  const { handle, batch } = HANDLERS[type];
  const keysAhead = new KeysAhead();
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
        organisations: new Map(),
        written: { rows: 0, base: 0 },
        keysAhead,
      };
      await analyseStale(trx);
      ic.written.base = await estimatedRows(trx, 'name_keys');
      const rows: ImportRow[] = [];
      let ignoredColumns: string[] = [];
      const waiting: FileRow[] = [];
      const source = fileRows(type, file);
      let ended = false;
      while (true) {
        while (!ended && waiting.length < batch) {
          const next = await source.next();
          if (next.done) ended = true;
          else if ('ignoredColumns' in next.value) ignoredColumns = next.value.ignoredColumns;
          else waiting.push(next.value);
        }
        const first = waiting[0];
        if (!first) break;
        if ('error' in first) {
          rows.push({ row: first.row, status: 'error', error: first.error });
          waiting.shift();
          continue;
        }
        const run = waiting.findIndex((r) => 'error' in r);
        const readable = waiting.slice(0, run === -1 ? waiting.length : run) as {
          row: number;
          values: Record<string, string>;
        }[];
        const decided = await handle(ic, readable);
        rows.push(...decided);
        waiting.splice(0, decided.length);
      }
      const report = reportOf(rows, !options.commit, ignoredColumns);
      if (!options.commit || report.summary.errors > 0) throw new Rollback(report);
      await recordAudit(trx, ctx, {
        action: 'import.committed',
        entityType: 'import',
        entityId: null,
        after: { type, rows: rows.length, summary: report.summary, ignoredColumns },
      });
      await mergePendingKeys(trx);
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
  } finally {
    await keysAhead.close();
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
  return withTempDir(async (dir) =>
    applyImport(deps, ctx, type, await spool(dir, upload.format, upload.body), { ...options, decisions: {} }),
  );
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
  return withTempDir(async (dir) => {
    let file: SpooledFile | undefined;
    let decisions: Decisions = {};
    try {
      for await (const part of parts) {
        if (part.type === 'field' && part.fieldname === 'decisions') decisions = parseDecisions(part.value);
        else if (part.type === 'file' && part.fieldname === 'file' && !file) {
          file = await spool(dir, formatOfPart(part), part.file);
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
  });
}
