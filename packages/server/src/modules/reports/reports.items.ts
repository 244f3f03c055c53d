import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { Actor } from '../accounts/actor.ts';
import { bodiesOfItems } from '../plans/item-details.repository.ts';
import { progressUpdateViews } from '../plans/items.views.ts';
import { plansReadScope } from '../plans/plans.policy.ts';
import { readableRefNames } from '../registry/organisation-refs.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import { itemsOfOrganisation, itemsOfYear, type ReportItemRow, updateCountsInYear } from './reports.plans.ts';
import type { Year } from './reports.repository.ts';

// The action-plan parts of the reports, from what the caller may read of the plans (ADR 0020).

const planOf = (r: ReportItemRow) => ({ id: r.plan_id, title: flattenText(r.plan_title) ?? {} });
const brief = (r: ReportItemRow) => ({
  id: r.id,
  code: r.code,
  title: flattenText(r.title) ?? {},
  plan: planOf(r),
});

/** The items `orgId` is responsible for in the year, each with its updates dated in the year (newest first). */
export async function organisationItems(db: Kysely<Database>, actor: Actor, orgId: string, year: Year) {
  const rows = await itemsOfOrganisation(db, plansReadScope(actor), orgId, year);
  const updates = await Promise.all(rows.map((r) => progressUpdateViews(db, actor, r.id)));
  return rows.map((r, i) => ({
    item: brief(r),
    status: r.status,
    progress: r.progress,
    updates: (updates[i] ?? []).filter((u) => u.date >= year.from && u.date <= year.to),
  }));
}

/** Every item of the year with its readable responsible bodies, and the updates of the year per item. */
export async function itemsOfTheYear(db: Kysely<Database>, actor: Actor, year: Year) {
  const rows = await itemsOfYear(db, plansReadScope(actor), year);
  const ids = rows.map((r) => r.id);
  const [bodies, updates] = await Promise.all([bodiesOfItems(db, ids), updateCountsInYear(db, ids, year)]);
  const responsible = bodies.filter((b) => b.role === 'responsible');
  const names = await readableRefNames(
    db,
    actor,
    responsible.map((b) => b.organisation_id),
  );
  const byItem = groupBy(responsible, (b) => b.item_id);
  const items = rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: flattenText(r.title) ?? {},
    plan: planOf(r),
    responsible: (byItem.get(r.id) ?? []).flatMap((b) => {
      const name = names.get(b.organisation_id);
      return name === undefined ? [] : [{ id: b.organisation_id, name }];
    }),
    status: r.status,
    progress: r.progress,
  }));
  return { items, updates };
}
