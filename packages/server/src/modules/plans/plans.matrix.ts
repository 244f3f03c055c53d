import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { bodiesOfItems } from './item-details.repository.ts';
import { itemsOfPlan } from './items.repository.ts';
import { todayOf } from './items.views.ts';
import { readablePlan } from './plans.access.ts';
import { readableRefNames } from '../registry/organisation-refs.ts';
import { isOverdue } from './plans.presenter.ts';
import { ITEM_STATUSES, type ItemStatus } from './plans.table.ts';

// The "who does what" matrix of a plan: responsible body × status (OCHA's 3W, issue 5).

const zero = () => Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;

/** Per responsible body the actor may see: its items by status, overdue and total; bodies by name. */
export async function planMatrix(deps: AppDeps, actor: Actor, planId: string) {
  const plan = await readablePlan(deps.db, actor, planId);
  const items = await itemsOfPlan(deps.db, plan.id);
  const bodies = (
    await bodiesOfItems(
      deps.db,
      items.map((i) => i.id),
    )
  ).filter((b) => b.role === 'responsible');
  const names = await readableRefNames(
    deps.db,
    actor,
    bodies.map((b) => b.organisation_id),
  );
  const byId = new Map(items.map((i) => [i.id, i]));
  const today = todayOf();
  const rows = new Map<
    string,
    {
      organisation: { id: string; name: string };
      counts: Record<ItemStatus, number>;
      overdue: number;
      total: number;
    }
  >();
  for (const b of bodies) {
    const name = names.get(b.organisation_id);
    const item = byId.get(b.item_id);
    if (name === undefined || !item) continue;
    const row = rows.get(b.organisation_id) ?? {
      organisation: { id: b.organisation_id, name },
      counts: zero(),
      overdue: 0,
      total: 0,
    };
    row.counts[item.status] += 1;
    row.overdue += isOverdue(item, today) ? 1 : 0;
    row.total += 1;
    rows.set(b.organisation_id, row);
  }
  return {
    statuses: [...ITEM_STATUSES],
    rows: [...rows.values()].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name)),
  };
}
