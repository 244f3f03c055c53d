import type { AppDeps } from '../../app-deps.ts';
import { AppError, forbidden } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { registryReadScope } from '../registry/registry.policy.ts';
import { itemsOfPlan } from './items.repository.ts';
import { itemViews } from './items.views.ts';
import { auditPlans, editablePlan, readablePlan } from './plans.access.ts';
import { canEditPlan } from './plans.policy.ts';
import { applyRow, type Known, type PlanImportReport, type PlanImportRow } from './plans.transfer.apply.ts';
import { type FileRow, type PlanUpload, readPlanFile } from './plans.transfer.file.ts';
import type { TransferContext } from './plans.transfer.rows.ts';

// A plan's import: the file is read whole first (a plan is small), then applied in ONE transaction
// in code order, through the items API's own writes. A dry run does the same work and rolls it
// back, so its report is exactly what a commit does (as the registry imports do, ADR in
// modules/imports/README.md); a commit with any error row rolls back too.

/** Ends the import's transaction without writing: a dry run, or a commit with error rows. */
class Rollback extends Error {
  constructor(readonly report: PlanImportReport) {
    super('rollback');
  }
}

/** A row's code as numbers, for sorting; a row without a readable code sorts last (it is an error). */
const codeKey = (r: FileRow) => {
  const code = 'values' in r ? (r.values.code ?? '') : '';
  return /^\d{1,6}(\.\d{1,6})*$/.test(code) ? code.split('.').map(Number) : [Number.MAX_SAFE_INTEGER];
};

/** Code order: `1` before `1.1` before `1.2` before `1.10` before `2`; equal codes in file order. */
function byCode(a: FileRow, b: FileRow): number {
  const [x, y] = [codeKey(a), codeKey(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.row - b.row;
}

function reportOf(rows: PlanImportRow[], committed: boolean): PlanImportReport {
  const count = (action: PlanImportRow['action']) => rows.filter((r) => r.action === action).length;
  return {
    committed,
    summary: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      errors: count('error'),
    },
    rows: rows.sort((a, b) => a.row - b.row),
  };
}

async function applyFile(
  deps: AppDeps,
  ctx: RequestContext,
  planId: string,
  rows: FileRow[],
  commit: boolean,
) {
  return deps.db.transaction().execute(async (trx) => {
    const plan = await editablePlan(trx, ctx.actor, planId);
    const items = await itemsOfPlan(trx, plan.id);
    const views = await itemViews(trx, ctx.actor, plan, items);
    const known: Known = new Map(items.map((item, i) => [item.code, { item, view: views[i]! }]));
    const tc: TransferContext = { trx, plan, scope: registryReadScope(ctx.actor) };
    const seen = new Set<string>();
    const results: PlanImportRow[] = [];
    for (const row of [...rows].sort(byCode)) results.push(await applyRow(tc, ctx, known, seen, row));
    const report = reportOf(results, commit);
    if (!commit || report.summary.errors > 0) throw new Rollback({ ...report, committed: false });
    if (report.summary.created + report.summary.updated > 0) {
      await auditPlans(trx, ctx, { type: 'plan', id: plan.id }, 'plan.imported', {
        after: { rows: results.length, summary: report.summary },
      });
    }
    return report;
  });
}

/**
 * Imports a CSV or XLSX file into a plan: a dry run unless `commit`. Rows create or change items
 * by code, in code order (a parent before its children); items absent from the file are left as
 * they are. Nothing is written unless every row can be.
 * @throws AppError NOT_FOUND; FORBIDDEN; PAYLOAD_TOO_LARGE, IMPORT_ENCODING, IMPORT_UNREADABLE,
 * IMPORT_COLUMNS; IMPORT_INVALID (a commit with error rows; the report in `report`, as the
 * registry imports give it)
 */
export async function importPlan(
  deps: AppDeps,
  ctx: RequestContext,
  planId: string,
  upload: PlanUpload,
  commit: boolean,
): Promise<PlanImportReport> {
  // Who may import is settled before the file is read: a refusal never depends on the file.
  if (!canEditPlan(ctx.actor, await readablePlan(deps.db, ctx.actor, planId))) {
    throw forbidden('You may not edit this plan.');
  }
  const rows = await readPlanFile(upload);
  try {
    return await applyFile(deps, ctx, planId, rows, commit);
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    if (!commit) return error.report;
    const { report } = error;
    throw new AppError(
      'IMPORT_INVALID',
      `${report.summary.errors} row(s) cannot be imported; nothing was written.`,
      {
        extra: { report },
      },
    );
  }
}
