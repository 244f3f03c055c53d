import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { storedText } from '../registry/registry.presenter.ts';
import {
  deleteDecisionLinks,
  replaceBodies,
  replaceDecisionLinks,
  replaceEvidence,
  replaceIndicators,
} from './item-details.repository.ts';
import { checkItemReferences, itemColumns, periodColumns } from './items.input.ts';
import {
  childrenOf,
  deleteItemRow,
  descendantIds,
  findItem,
  insertItem,
  recodeDescendants,
  updateItemRow,
} from './items.repository.ts';
import { placeItem } from './items.tree.ts';
import { itemViews } from './items.views.ts';
import { auditPlans } from './plans.access.ts';
import { recomputeRollups } from './plans.rollup.ts';
import type { ItemCreate, ItemUpdate } from './plans.schema.ts';
import type { Plan, PlanItem } from './plans.table.ts';

// Item writes as reusable steps in the caller's transaction (the routes and the plan import use
// them): each checks its input, writes, recomputes the plan's roll-ups and records an audit entry.
// The caller has checked that the actor may edit the plan, and holds the plan's lock. A caller
// writing many items at once (an import) may pass `{ rollUp: false }` and call
// `recomputeRollups` once at the end, in the same transaction.

/** Options of the item steps. */
export interface ItemWriteOptions {
  /** Recompute the plan's roll-ups after the write (default true). */
  rollUp?: boolean;
}

/** What the audit log keeps of an item: its view without the caller's flags. */
export async function itemSnapshot(trx: Kysely<Database>, ctx: RequestContext, plan: Plan, id: string) {
  const item = await findItem(trx, id);
  if (!item) return null;
  const [view] = await itemViews(trx, ctx.actor, plan, [item]);
  if (!view) return null;
  const { overdue, mine, canEdit, canUpdate, ...snapshot } = view;
  return snapshot;
}

async function writeLists(trx: Kysely<Database>, itemId: string, input: ItemUpdate) {
  if (input.responsibleIds) await replaceBodies(trx, itemId, 'responsible', input.responsibleIds);
  if (input.supportingIds) await replaceBodies(trx, itemId, 'supporting', input.supportingIds);
  if (input.decisionIds) await replaceDecisionLinks(trx, itemId, input.decisionIds);
  if (input.evidence) await replaceEvidence(trx, itemId, input.evidence);
  if (input.indicators) {
    await replaceIndicators(
      trx,
      itemId,
      input.indicators.map((i) => ({
        name: JSON.stringify(storedText(i.name)),
        target: i.target ?? null,
        actual: i.actual ?? null,
        unit: i.unit ?? null,
      })),
    );
  }
}

/**
 * Creates an item in `plan` (code: the next among its siblings unless given).
 * @throws AppError VALIDATION_FAILED; ALREADY_EXISTS (code taken); PERIOD_NOT_UNDERSTOOD
 */
export async function createItem(
  trx: Kysely<Database>,
  ctx: RequestContext,
  plan: Plan,
  input: ItemCreate,
  options: ItemWriteOptions = {},
): Promise<PlanItem> {
  await checkItemReferences(trx, ctx.actor, input);
  const { parentId, code } = await placeItem(trx, plan, input);
  const row = await insertItem(trx, {
    plan_id: plan.id,
    parent_id: parentId,
    code,
    ...itemColumns(input),
    ...periodColumns(input, undefined, plan),
    title: JSON.stringify(storedText(input.title)),
  });
  await writeLists(trx, row.id, input);
  if (options.rollUp !== false) await recomputeRollups(trx, plan.id);
  const after = await itemSnapshot(trx, ctx, plan, row.id);
  await auditPlans(trx, ctx, { type: 'plan_item', id: row.id }, 'plan_item.created', { after });
  return (await findItem(trx, row.id)) ?? row;
}

/**
 * Changes an item: fields, lists (each replaces), parent and code (its descendants follow).
 * Setting the progress of a parent by hand makes it manual unless `progressMode` says otherwise.
 * @throws AppError VALIDATION_FAILED (a cycle among them); ALREADY_EXISTS; PERIOD_NOT_UNDERSTOOD
 */
export async function updateItem(
  trx: Kysely<Database>,
  ctx: RequestContext,
  plan: Plan,
  item: PlanItem,
  patch: ItemUpdate,
  options: ItemWriteOptions = {},
): Promise<PlanItem> {
  await checkItemReferences(trx, ctx.actor, patch);
  const { parentId, code } = await placeItem(trx, plan, patch, item);
  const before = await itemSnapshot(trx, ctx, plan, item.id);
  const set = { ...itemColumns(patch), ...periodColumns(patch, item, plan) };
  if (patch.progress !== undefined && patch.progressMode === undefined) {
    if ((await childrenOf(trx, item.id)).length) set.progress_mode = 'manual';
  }
  if (code !== item.code) {
    await recodeDescendants(trx, await descendantIds(trx, item.id), item.code, code);
  }
  await updateItemRow(trx, item.id, { ...set, parent_id: parentId, code });
  await writeLists(trx, item.id, patch);
  if (options.rollUp !== false) await recomputeRollups(trx, plan.id);
  const after = await itemSnapshot(trx, ctx, plan, item.id);
  await auditPlans(trx, ctx, { type: 'plan_item', id: item.id }, 'plan_item.updated', { before, after });
  return (await findItem(trx, item.id)) as PlanItem;
}

/** Deletes an item with its descendants, their updates and their decision links; audited on the plan. */
export async function deleteItem(trx: Kysely<Database>, ctx: RequestContext, plan: Plan, item: PlanItem) {
  const before = await itemSnapshot(trx, ctx, plan, item.id);
  const ids = [item.id, ...(await descendantIds(trx, item.id))];
  await deleteDecisionLinks(trx, ids);
  await deleteItemRow(trx, item.id);
  await recomputeRollups(trx, plan.id);
  await auditPlans(trx, ctx, { type: 'plan', id: plan.id }, 'plan.item_deleted', {
    before: { ...before, descendants: ids.length - 1 },
  });
  await auditPlans(trx, ctx, { type: 'plan_item', id: item.id }, 'plan_item.deleted', { before });
}
