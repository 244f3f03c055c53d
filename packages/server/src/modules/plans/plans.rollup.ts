import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { itemsOfPlan, writeProgress } from './items.repository.ts';
import type { PlanItem } from './plans.table.ts';

// The progress roll-up (ADR 0019): a parent in `rollup` mode has the weighted mean of its
// children's progress, Σ(progress × weight) / Σ(weight), rounded half up to a whole percent;
// cancelled children are left out unless all are cancelled. A `manual` parent and every leaf keep
// their own value. The plan's progress is the same roll-up over its top-level items.

/** What the roll-up reads of an item. */
export type RollupNode = Pick<
  PlanItem,
  'id' | 'parent_id' | 'progress' | 'progress_mode' | 'weight' | 'status'
>;

/** The weighted, rounded mean of `nodes`' progress (0 for none). */
export function weightedProgress(
  nodes: readonly { progress: number; weight: number | string; status: string }[],
) {
  const counted = nodes.some((n) => n.status !== 'cancelled')
    ? nodes.filter((n) => n.status !== 'cancelled')
    : nodes;
  const total = counted.reduce((sum, n) => sum + Number(n.weight), 0);
  if (total <= 0) return 0;
  const sum = counted.reduce((s, n) => s + n.progress * Number(n.weight), 0);
  return Math.min(100, Math.max(0, Math.round(sum / total)));
}

/**
 * The effective progress of every item and of the plan, computed bottom-up.
 * @returns the items whose progress differs from the stored one, and the plan's progress
 */
export function rollUp(items: readonly RollupNode[]): { changed: Map<string, number>; plan: number } {
  const children = new Map<string | null, RollupNode[]>();
  for (const item of items) children.set(item.parent_id, [...(children.get(item.parent_id) ?? []), item]);
  const effective = new Map<string, number>();
  const visit = (item: RollupNode): number => {
    const known = effective.get(item.id);
    if (known !== undefined) return known;
    const kids = children.get(item.id) ?? [];
    const value =
      kids.length && item.progress_mode === 'rollup'
        ? weightedProgress(kids.map((k) => ({ ...k, progress: visit(k) })))
        : item.progress;
    effective.set(item.id, value);
    return value;
  };
  const top = (children.get(null) ?? []).map((t) => ({ ...t, progress: visit(t) }));
  for (const item of items) visit(item);
  const stored = new Map(items.map((i) => [i.id, i.progress]));
  const changed = new Map([...effective].filter(([id, p]) => stored.get(id) !== p));
  return { changed, plan: weightedProgress(top) };
}

/**
 * Recomputes and stores the roll-ups of a plan's items and the plan's progress, in the caller's
 * transaction. Called after every change that can move a number: an item created, changed, moved
 * or deleted, a progress update, a weight or mode changed.
 */
export async function recomputeRollups(trx: Kysely<Database>, planId: string): Promise<void> {
  const items = await itemsOfPlan(trx, planId);
  const { changed, plan } = rollUp(items);
  for (const [id, progress] of changed) await writeProgress(trx, 'plan_items', id, progress);
  await writeProgress(trx, 'plans', planId, plan);
}
