import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { inScope, type VisibilityScope } from '../registry/organisations.repository.ts';
import type { NewPlan, Plan, PlanUpdate } from './plans.table.ts';

// Queries on plans. Only this file and items.repository.ts touch Kysely for the plans module.

/** The plan with `id`. */
export async function findPlan(db: Kysely<Database>, id: string): Promise<Plan | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The plan with `id`, locked until the transaction ends (item codes and roll-ups are serialised per plan). */
export async function lockPlan(db: Kysely<Database>, id: string): Promise<Plan | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Inserts a plan. */
export async function insertPlan(db: Kysely<Database>, plan: NewPlan): Promise<Plan> {
  return db.insertInto('plans').values(plan).returningAll().executeTakeFirstOrThrow();
}

/** Changes a plan's columns (and its `updated_at`). */
export async function updatePlanRow(db: Kysely<Database>, id: string, changes: PlanUpdate): Promise<Plan> {
  return db
    .updateTable('plans')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Plans in `scope`, newest period first; with `year`, those whose period overlaps it. */
export async function listPlans(
  db: Kysely<Database>,
  scope: VisibilityScope,
  year: number | undefined,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('plans as p').where(inScope(scope, 'p', false));
  if (year !== undefined) {
    query = query.where('p.period_start', '<=', `${year}-12-31`).where('p.period_end', '>=', `${year}-01-01`);
  }
  const [items, total] = await Promise.all([
    query
      .selectAll('p')
      .orderBy('p.period_start', 'desc')
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** How many items each plan has. */
export async function itemCounts(db: Kysely<Database>, planIds: readonly string[]) {
  if (!planIds.length) return new Map<string, number>();
  const rows = await db
    .selectFrom('plan_items')
    .select(['plan_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('plan_id', 'in', [...planIds])
    .groupBy('plan_id')
    .execute();
  return new Map(rows.map((r) => [r.plan_id, Number(r.n)]));
}

/** Does any item of the plan have one of `orgIds` as a responsible body? */
export async function planHasItemOf(db: Kysely<Database>, planId: string, orgIds: readonly string[]) {
  if (!orgIds.length) return false;
  const row = await db
    .selectFrom('plan_item_bodies as b')
    .innerJoin('plan_items as i', 'i.id', 'b.item_id')
    .select('b.item_id')
    .where('i.plan_id', '=', planId)
    .where('b.role', '=', 'responsible')
    .where('b.organisation_id', 'in', [...orgIds])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Decisions with what their reference needs ("CG-5/3"), and their events' access fields. */
export async function decisionsWithEvents(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('decisions as d')
    .innerJoin('events as e', 'e.id', 'd.event_id')
    .leftJoin('event_series as s', 's.id', 'e.series_id')
    .select([
      'd.id',
      'd.number',
      'd.event_id',
      'e.number as event_number',
      's.code as series_code',
      'e.visibility',
      'e.owner_org_id',
    ])
    .where('d.id', 'in', [...new Set(ids)])
    .execute();
}
