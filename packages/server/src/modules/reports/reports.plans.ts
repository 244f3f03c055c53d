import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PlanItem } from '../plans/plans.table.ts';
import { inScope, type VisibilityScope } from '../registry/organisations.repository.ts';
import type { Year } from './reports.repository.ts';

// The reports' queries over the action plan. An item is read through its plan (its visibility and
// owner, the plans' read scope); its period is its own, or its plan's when it has none.

/** An item with its plan's id and title, as the reports list it. */
export type ReportItemRow = PlanItem & { plan_title: PlanItem['title'] };

/** `i`'s period (else its plan `p`'s) overlaps the year. */
const overlaps = (year: Year) =>
  sql<SqlBool>`coalesce(i.period_start, p.period_start) <= ${year.to}
    and coalesce(i.period_end, p.period_end) >= ${year.from}`;

function itemsInScope(db: Kysely<Database>, scope: VisibilityScope) {
  return db
    .selectFrom('plan_items as i')
    .innerJoin('plans as p', 'p.id', 'i.plan_id')
    .selectAll('i')
    .select('p.title as plan_title')
    .where(inScope(scope, 'p', false));
}

/**
 * The items `org` is responsible for that have an update dated in the year or a period overlapping
 * it, in plan then code order.
 */
export async function itemsOfOrganisation(
  db: Kysely<Database>,
  scope: VisibilityScope,
  org: string,
  year: Year,
): Promise<ReportItemRow[]> {
  return itemsInScope(db, scope)
    .where(
      sql<SqlBool>`exists (select 1 from plan_item_bodies b where b.item_id = i.id
        and b.organisation_id = ${org} and b.role = 'responsible')`,
    )
    .where(
      sql<SqlBool>`(${overlaps(year)} or exists (select 1 from plan_item_updates u
        where u.item_id = i.id and u.date between ${year.from} and ${year.to}))`,
    )
    .orderBy('p.period_start')
    .orderBy('p.id')
    .orderBy('i.code_key')
    .execute();
}

/** Every item whose period (or its plan's) overlaps the year, in plan then code order. */
export async function itemsOfYear(
  db: Kysely<Database>,
  scope: VisibilityScope,
  year: Year,
): Promise<ReportItemRow[]> {
  return itemsInScope(db, scope)
    .where(overlaps(year))
    .orderBy('p.period_start')
    .orderBy('p.id')
    .orderBy('i.code_key')
    .execute();
}

/** How many updates dated in the year each of these items has, by item id. */
export async function updateCountsInYear(db: Kysely<Database>, itemIds: readonly string[], year: Year) {
  if (!itemIds.length) return new Map<string, number>();
  const rows = await db
    .selectFrom('plan_item_updates as u')
    .select(['u.item_id', sql<number>`count(*)::int`.as('n')])
    .where('u.item_id', 'in', [...new Set(itemIds)])
    .where('u.date', '>=', year.from)
    .where('u.date', '<=', year.to)
    .groupBy('u.item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id, Number(r.n)]));
}
