import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { invalidField } from '../registry/registry.references.ts';
import {
  addEvidence,
  bodiesOfItems,
  indicatorsOfItems,
  setIndicatorActual,
} from './item-details.repository.ts';
import { childrenOf, updateItemRow } from './items.repository.ts';
import { progressUpdateViews } from './items.views.ts';
import { itemSnapshot } from './items.write.ts';
import { auditPlans, readableItem } from './plans.access.ts';
import { canUpdateItem, updatingBodyOf } from './plans.policy.ts';
import { checkEvidence } from './plans.references.ts';
import { recomputeRollups } from './plans.rollup.ts';
import type { ProgressUpdateCreate } from './plans.schema.ts';
import type { Plan, PlanItem, PlanItemUpdate } from './plans.table.ts';
import { insertProgressUpdate } from './updates.repository.ts';

// Progress updates: the one write open to the bodies responsible for an item (ADR 0019). An update
// is a dated entry on the item's timeline; the item takes its progress, status, indicator values
// and evidence, and its ancestors roll up, in the same transaction.

async function checkIndicators(trx: Kysely<Database>, itemId: string, input: ProgressUpdateCreate) {
  const own = new Set((await indicatorsOfItems(trx, [itemId])).map((i) => i.id));
  const i = (input.indicators ?? []).findIndex((x) => !own.has(x.id));
  if (i >= 0) throw invalidField(`body.indicators.${i}.id`, 'is not an indicator of this item');
}

async function applyToItem(trx: Kysely<Database>, plan: Plan, item: PlanItem, input: ProgressUpdateCreate) {
  const set: PlanItemUpdate = {};
  if (input.status !== undefined) set.status = input.status;
  if (input.progress !== undefined) {
    set.progress = input.progress;
    // A parent given a progress by hand keeps it (manual) until returned to the roll-up.
    if ((await childrenOf(trx, item.id)).length) set.progress_mode = 'manual';
  }
  if (Object.keys(set).length) await updateItemRow(trx, item.id, set);
  for (const x of input.indicators ?? []) await setIndicatorActual(trx, x.id, x.actual);
  await addEvidence(trx, item.id, input.evidence ?? []);
  await recomputeRollups(trx, plan.id);
}

/**
 * Records a progress update on `item` for `by` (the caller checked who may), in the caller's
 * transaction holding the plan's lock: the item takes its values, its ancestors roll up, audited.
 * @throws AppError VALIDATION_FAILED (an indicator of another item, evidence not found or not readable)
 */
export async function recordProgressUpdate(
  trx: Kysely<Database>,
  ctx: RequestContext,
  target: { plan: Plan; item: PlanItem },
  input: ProgressUpdateCreate,
  by: { accountId: string | null; organisationId: string | null },
): Promise<string> {
  const { plan, item } = target;
  await checkIndicators(trx, item.id, input);
  await checkEvidence(trx, ctx.actor, input.evidence ?? [], 'body.evidence');
  const before = await itemSnapshot(trx, ctx, plan, item.id);
  const row = await insertProgressUpdate(trx, {
    item_id: item.id,
    date: input.date,
    text: JSON.stringify(storedText(input.text)),
    progress: input.progress ?? null,
    status: input.status ?? null,
    author_account_id: by.accountId,
    organisation_id: by.organisationId,
    evidence: JSON.stringify(input.evidence ?? []),
  });
  await applyToItem(trx, plan, item, input);
  const after = await itemSnapshot(trx, ctx, plan, item.id);
  await auditPlans(trx, ctx, { type: 'plan_item', id: item.id }, 'plan_item.progress_updated', {
    before,
    after: { ...after, update: { id: row.id, date: row.date, progress: row.progress, status: row.status } },
  });
  return row.id;
}

/**
 * Posts a progress update on an item, as its plan's editors or an agency admin or editor of a body
 * responsible for it.
 * @throws AppError NOT_FOUND; FORBIDDEN (any other caller); VALIDATION_FAILED
 */
export async function postProgressUpdate(
  deps: AppDeps,
  ctx: RequestContext,
  itemId: string,
  input: ProgressUpdateCreate,
) {
  const id = await deps.db.transaction().execute(async (trx) => {
    const { item, plan } = await readableItem(trx, ctx.actor, itemId, true);
    const responsible = (await bodiesOfItems(trx, [item.id]))
      .filter((b) => b.role === 'responsible')
      .map((b) => b.organisation_id);
    if (!canUpdateItem(ctx.actor, plan, responsible)) throw forbidden('You may not update this item.');
    return recordProgressUpdate(trx, ctx, { plan, item }, input, {
      accountId: ctx.actor.kind === 'account' ? ctx.actor.accountId : null,
      organisationId: updatingBodyOf(ctx.actor, responsible),
    });
  });
  const views = await progressUpdateViews(deps.db, ctx.actor, itemId);
  const view = views.find((v) => v.id === id);
  if (!view) throw new Error('a posted update is shown to its author');
  return view;
}
