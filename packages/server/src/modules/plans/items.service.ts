import type { AppDeps } from '../../app-deps.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { historyOf } from '../registry/history.service.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import { childrenOf, findItem, listItems } from './items.repository.ts';
import { itemViews, progressUpdateViews, todayOf } from './items.views.ts';
import { createItem, deleteItem, updateItem } from './items.write.ts';
import { editableItem, editablePlan, readableItem, readablePlan } from './plans.access.ts';
import { mineBodiesOf } from './plans.policy.ts';
import type { ItemCreate, ItemFilter, ItemUpdate } from './plans.schema.ts';

// The items API: each write in one transaction holding the plan's lock; reads from what the
// caller may see.

type Page = { limit: number; offset: number };

/** The full view of an item: itself, its plan, ancestors, children and progress updates. */
export async function showItem(deps: AppDeps, actor: Actor, id: string) {
  const { item, plan } = await readableItem(deps.db, actor, id);
  const ancestors = [];
  for (let parentId = item.parent_id; parentId; ) {
    const parent = await findItem(deps.db, parentId);
    if (!parent) break;
    ancestors.unshift({ id: parent.id, code: parent.code, title: flattenText(parent.title) ?? {} });
    parentId = parent.parent_id;
  }
  const children = await childrenOf(deps.db, item.id);
  const [views, progressUpdates] = await Promise.all([
    itemViews(deps.db, actor, plan, [item, ...children]),
    progressUpdateViews(deps.db, actor, item.id),
  ]);
  const [view, ...childViews] = views;
  if (!view) throw new Error('an item presents as one view');
  return {
    ...view,
    plan: { id: plan.id, title: flattenText(plan.title) ?? {} },
    ancestors,
    children: childViews,
    progressUpdates,
  };
}

/** A plan's items matching `filter`, flat, in code order. @throws AppError NOT_FOUND */
export async function browseItems(
  deps: AppDeps,
  actor: Actor,
  planId: string,
  filter: ItemFilter,
  page: Page,
) {
  const plan = await readablePlan(deps.db, actor, planId);
  const mineIds = mineBodiesOf(actor);
  const { items, total } = await listItems(deps.db, plan.id, filter, { mineIds, today: todayOf() }, page);
  return { items: await itemViews(deps.db, actor, plan, items), total };
}

/** Adds an item to a plan. @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED; ALREADY_EXISTS */
export async function addItem(deps: AppDeps, ctx: RequestContext, planId: string, input: ItemCreate) {
  const id = await deps.db.transaction().execute(async (trx) => {
    const plan = await editablePlan(trx, ctx.actor, planId);
    return (await createItem(trx, ctx, plan, input)).id;
  });
  return showItemView(deps, ctx.actor, id);
}

/** Changes an item. @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED; ALREADY_EXISTS */
export async function changeItem(deps: AppDeps, ctx: RequestContext, id: string, patch: ItemUpdate) {
  await deps.db.transaction().execute(async (trx) => {
    const { item, plan } = await editableItem(trx, ctx.actor, id);
    await updateItem(trx, ctx, plan, item, patch);
  });
  return showItemView(deps, ctx.actor, id);
}

/** Deletes an item and everything under it. @throws AppError NOT_FOUND; FORBIDDEN */
export async function removeItem(deps: AppDeps, ctx: RequestContext, id: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const { item, plan } = await editableItem(trx, ctx.actor, id);
    await deleteItem(trx, ctx, plan, item);
  });
}

async function showItemView(deps: AppDeps, actor: Actor, id: string) {
  const { item, plan } = await readableItem(deps.db, actor, id);
  const [view] = await itemViews(deps.db, actor, plan, [item]);
  if (!view) throw new Error('an item presents as one view');
  return view;
}

/** The change history of an item (fields, lists, progress updates). @throws AppError NOT_FOUND */
export async function itemHistory(deps: AppDeps, actor: Actor, id: string, page: Page) {
  await readableItem(deps.db, actor, id);
  return historyOf(deps, actor, { type: 'plan_item', id }, page, () => false);
}
