import type { Readable } from 'node:stream';
import type { AppDeps } from '../../app-deps.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { attachmentDisposition } from '../files/files.names.ts';
import { CONTENT_TYPES, type ExportFormat, writeRows } from '../imports/exports.format.ts';
import { textIn } from '../registry/registry.presenter.ts';
import { itemsOfPlan } from './items.repository.ts';
import { itemViews } from './items.views.ts';
import { auditPlans, readablePlan } from './plans.access.ts';
import { exportRow, TRANSFER_COLUMNS } from './plans.transfer.columns.ts';

// A plan's items as a file in the import's columns (docs/api/plans.md, "Import and export").

/** A plan's export: the file name's header, its content type and the streamed rows. */
export interface PlanExportFile {
  disposition: string;
  contentType: string;
  body: Readable;
}

/**
 * A plan's items as CSV, XLSX or JSON, in code order, as the caller sees them (bodies it may not
 * read are left out, as in the item views); formula-like cells are neutralised by `writeRows`.
 * The file is named after the plan's title in `lang`. Audited on the plan (`plan.exported`).
 * @throws AppError NOT_FOUND when the plan is not visible to the caller
 */
export async function exportPlan(
  deps: AppDeps,
  ctx: RequestContext,
  planId: string,
  format: ExportFormat,
  lang: string,
): Promise<PlanExportFile> {
  const plan = await readablePlan(deps.db, ctx.actor, planId);
  const views = await itemViews(deps.db, ctx.actor, plan, await itemsOfPlan(deps.db, plan.id));
  await auditPlans(deps.db, ctx, { type: 'plan', id: plan.id }, 'plan.exported', {
    after: { format, lang, items: views.length },
  });
  async function* rows() {
    for (const view of views) yield exportRow(view);
  }
  const title = textIn(plan.title, lang).trim() || 'plan';
  return {
    disposition: attachmentDisposition(`${title}.${format}`),
    contentType: CONTENT_TYPES[format],
    body: writeRows(format, TRANSFER_COLUMNS, rows()),
  };
}
