import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ItemFilter } from './plans.schema.ts';
import type { NewPlanItem, PlanItem, PlanItemUpdate } from './plans.table.ts';

// Queries on plan items: the tree, codes, filters. Their bodies, indicators, evidence, decision
// links and progress updates are in item-details.repository.ts.

/** The item with `id`. */
export async function findItem(db: Kysely<Database>, id: string): Promise<PlanItem | undefined> {
  return db.selectFrom('plan_items').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts an item. */
export async function insertItem(db: Kysely<Database>, item: NewPlanItem): Promise<PlanItem> {
  return db.insertInto('plan_items').values(item).returningAll().executeTakeFirstOrThrow();
}

/** Changes an item's columns (and its `updated_at`). */
export async function updateItemRow(
  db: Kysely<Database>,
  id: string,
  changes: PlanItemUpdate,
): Promise<PlanItem> {
  return db
    .updateTable('plan_items')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes an item; its descendants, bodies, indicators, evidence and updates go by cascade. */
export async function deleteItemRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('plan_items').where('id', '=', id).execute();
}

/** Every item of a plan, in code order. */
export async function itemsOfPlan(db: Kysely<Database>, planId: string): Promise<PlanItem[]> {
  return db.selectFrom('plan_items').selectAll().where('plan_id', '=', planId).orderBy('code_key').execute();
}

/** The direct children of an item, in code order. */
export async function childrenOf(db: Kysely<Database>, id: string): Promise<PlanItem[]> {
  return db.selectFrom('plan_items').selectAll().where('parent_id', '=', id).orderBy('code_key').execute();
}

/** The ids of an item's descendants (not the item itself). */
export async function descendantIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with recursive d(id) as (
      select id from plan_items where parent_id = ${id}
      union all
      select i.id from plan_items i join d on i.parent_id = d.id
    ) select id from d`.execute(db);
  return result.rows.map((r) => r.id);
}

/** The codes of the items directly under `parentId` (the top level when null). */
export async function siblingCodes(db: Kysely<Database>, planId: string, parentId: string | null) {
  let query = db.selectFrom('plan_items').select('code').where('plan_id', '=', planId);
  query = parentId ? query.where('parent_id', '=', parentId) : query.where('parent_id', 'is', null);
  return (await query.execute()).map((r) => r.code);
}

/** Is `code` taken in the plan by an item other than `exceptId`? */
export async function codeTaken(db: Kysely<Database>, planId: string, code: string, exceptId?: string) {
  let query = db.selectFrom('plan_items').select('id').where('plan_id', '=', planId).where('code', '=', code);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Gives the descendants of `ids` the new code prefix (`1.2.x` → `3.1.x`) after their ancestor was recoded. */
export async function recodeDescendants(
  db: Kysely<Database>,
  ids: readonly string[],
  from: string,
  to: string,
) {
  if (!ids.length) return;
  await db
    .updateTable('plan_items')
    .set({ code: sql<string>`${to} || substr(code, ${from.length + 1})`, updated_at: sql<Date>`now()` })
    .where('id', 'in', [...ids])
    .execute();
}

/** Sets the progress of items and plans after a roll-up. */
export async function writeProgress(
  db: Kysely<Database>,
  table: 'plan_items' | 'plans',
  id: string,
  progress: number,
) {
  await db.updateTable(table).set({ progress }).where('id', '=', id).execute();
}

function filterOf(filter: ItemFilter, mineIds: readonly string[], today: string): Expression<SqlBool>[] {
  const body = (role: string, ids: readonly string[]) =>
    sql<SqlBool>`exists (select 1 from plan_item_bodies b where b.item_id = i.id and b.role = ${role}
      and b.organisation_id in (${sql.join(ids.length ? [...ids] : [null])}))`;
  const where: Expression<SqlBool>[] = [];
  if (filter.responsible) where.push(body('responsible', [filter.responsible]));
  if (filter.mine) where.push(body('responsible', mineIds));
  if (filter.country) where.push(sql<SqlBool>`${filter.country} = any(i.countries)`);
  if (filter.status) where.push(sql<SqlBool>`i.status = ${filter.status}`);
  if (filter.overdue === true) {
    where.push(sql<SqlBool>`i.period_end < ${today} and i.status not in ('done', 'cancelled')`);
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql<SqlBool>`(i.code like ${like} or exists (select 1 from jsonb_each(i.title) t
      where t.value->>'value' ilike ${like}))`);
  }
  return where;
}

/** A page of a plan's items matching `filter`, in code order. */
export async function listItems(
  db: Kysely<Database>,
  planId: string,
  filter: ItemFilter,
  context: { mineIds: readonly string[]; today: string },
  page: { limit: number; offset: number },
) {
  const where = filterOf(filter, context.mineIds, context.today);
  const query = db
    .selectFrom('plan_items as i')
    .where('i.plan_id', '=', planId)
    .where((eb) => eb.and(where));
  const [items, total] = await Promise.all([
    query.selectAll('i').orderBy('i.code_key').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
