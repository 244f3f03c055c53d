import type { z } from 'zod';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { createItem, updateItem } from './items.write.ts';
import type { ItemView } from './plans.presenter.ts';
import { ItemCreateSchema, ItemUpdateSchema } from './plans.schema.ts';
import type { PlanItem } from './plans.table.ts';
import { createInput, diffItem } from './plans.transfer.diff.ts';
import type { FileRow } from './plans.transfer.file.ts';
import {
  readWanted,
  type TransferChange,
  type TransferContext,
  TransferRowError,
} from './plans.transfer.rows.ts';

// One row of a plan import, applied with the items API's own writes (createItem, updateItem: the
// same checks, period parsing, roll-ups and audit as the API). Their refusals become row errors.

/** One row of the report. */
export interface PlanImportRow {
  row: number;
  code: string;
  action: 'created' | 'updated' | 'unchanged' | 'error';
  changes: TransferChange[];
  error?: { code: string; message: string };
}

/** The report of an import (docs/api/plans.md). */
export interface PlanImportReport {
  committed: boolean;
  summary: { created: number; updated: number; unchanged: number; errors: number };
  rows: PlanImportRow[];
}

/** The plan's items by code, as they were when the import began; created ones have no view. */
export type Known = Map<string, { item: PlanItem; view?: ItemView }>;

const CODE = /^[1-9][0-9]{0,5}(\.[1-9][0-9]{0,5}){0,9}$/;
const parentCodeOf = (code: string) => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);

function rowError(row: number, code: string, error: unknown): PlanImportRow {
  if (error instanceof AppError) {
    const fields = (error.details.errors ?? []).map((e) => `${e.path} ${e.message}`);
    const message = [error.message, ...fields].join(' ');
    return { row, code, action: 'error', changes: [], error: { code: error.code, message } };
  }
  if (!(error instanceof TransferRowError)) throw error;
  return { row, code, action: 'error', changes: [], error: { code: error.code, message: error.message } };
}

/** Checks a row's code: well formed, once in the file, under a parent that exists by now. */
function checkCode(code: string, known: Known, seen: Set<string>): void {
  if (!CODE.test(code)) {
    throw new TransferRowError('VALIDATION_FAILED', `code: "${code}" is not numbers joined by dots (1.2.3)`);
  }
  if (seen.has(code))
    throw new TransferRowError('VALIDATION_FAILED', `code: ${code} appears twice in the file`);
  seen.add(code);
  const parent = parentCodeOf(code);
  if (!known.has(code) && parent && !known.has(parent)) {
    throw new TransferRowError(
      'VALIDATION_FAILED',
      `code: the parent ${parent} is neither in the plan nor in the file`,
    );
  }
}

/**
 * A row's request checked by the items API's own schema (lengths, ranges), so the import accepts
 * exactly what the API accepts.
 * @throws TransferRowError VALIDATION_FAILED naming the first field refused
 */
function asRequest<T>(schema: z.ZodType<T>, request: T): T {
  const parsed = schema.safeParse(request);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new TransferRowError(
    'VALIDATION_FAILED',
    `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'is not valid'}`,
  );
}

/**
 * Applies one row in the import's transaction (the plan locked by the caller): updates the item
 * with its code when something differs, else creates it under the item of its code's parent.
 * @returns the row's report; errors of the row as `action: 'error'` (nothing of it is written)
 */
export async function applyRow(
  tc: TransferContext,
  ctx: RequestContext,
  known: Known,
  seen: Set<string>,
  fileRow: FileRow,
): Promise<PlanImportRow> {
  const { row } = fileRow;
  if ('error' in fileRow) return rowError(row, '', new TransferRowError('VALIDATION_FAILED', fileRow.error));
  const code = fileRow.values.code ?? '';
  try {
    checkCode(code, known, seen);
    const current = known.get(code);
    if (current?.view) {
      const wanted = await readWanted(tc, fileRow.values, { item: current.item, view: current.view });
      const { changes, patch } = diffItem(wanted, { item: current.item, view: current.view });
      if (!changes.length) return { row, code, action: 'unchanged', changes };
      await updateItem(tc.trx, ctx, tc.plan, current.item, asRequest(ItemUpdateSchema, patch));
      return { row, code, action: 'updated', changes };
    }
    const { changes, input } = createInput(code, await readWanted(tc, fileRow.values));
    known.set(code, { item: await createItem(tc.trx, ctx, tc.plan, asRequest(ItemCreateSchema, input)) });
    return { row, code, action: 'created', changes };
  } catch (error) {
    return rowError(row, code, error);
  }
}
