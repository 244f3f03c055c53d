import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { Actor } from '../accounts/actor.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import {
  bodiesOfItems,
  decisionLinksOfItems,
  evidenceOfItems,
  indicatorsOfItems,
} from './item-details.repository.ts';
import { canEditPlan, canUpdateItem, isMine, type PlanAccess } from './plans.policy.ts';
import {
  type ItemRelated,
  type ItemView,
  isOverdue,
  presentItem,
  presentProgressUpdate,
} from './plans.presenter.ts';
import { evidenceLabels, readableDecisions, visibleEvidence } from './plans.references.ts';
import { readableRefNames } from '../registry/organisation-refs.ts';
import type { EvidenceType, PlanItem } from './plans.table.ts';
import { updateStats, updatesOfItem } from './updates.repository.ts';

// Gathers what item views show, for many items at once, from what the caller may read.

/** Today's date (UTC), for `overdue`. */
export const todayOf = () => new Date().toISOString().slice(0, 10);

const num = (v: string | null) => (v === null ? null : Number(v));
const refOf = (e: { type: string; target_id: string }) => ({ type: e.type as EvidenceType, id: e.target_id });

/** Everything the items' views need besides their rows, read once for all of them. */
async function gather(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  const [bodies, indicators, evidence, links, stats] = await Promise.all([
    bodiesOfItems(db, ids),
    indicatorsOfItems(db, ids),
    evidenceOfItems(db, ids),
    decisionLinksOfItems(db, ids),
    updateStats(db, ids),
  ]);
  const [names, decisions, labels] = await Promise.all([
    readableRefNames(db, actor, [...new Set(bodies.map((b) => b.organisation_id))]),
    readableDecisions(db, actor, [...new Set(links.map((l) => l.decision_id))]),
    evidenceLabels(db, actor, evidence.map(refOf)),
  ]);
  return {
    bodiesOf: groupBy(bodies, (b) => b.item_id),
    indicatorsOf: groupBy(indicators, (i) => i.item_id),
    evidenceOf: groupBy(evidence, (e) => e.item_id),
    linksOf: groupBy(links, (l) => l.item_id),
    stats,
    names,
    decisions,
    labels,
  };
}

type Gathered = Awaited<ReturnType<typeof gather>>;

function relatedOf(g: Gathered, item: PlanItem): Omit<ItemRelated, 'flags'> & { responsibleIds: string[] } {
  const own = g.bodiesOf.get(item.id) ?? [];
  const refs = (role: string) =>
    own
      .filter((b) => b.role === role)
      .flatMap((b) => {
        const name = g.names.get(b.organisation_id);
        return name === undefined ? [] : [{ id: b.organisation_id, name }];
      });
  return {
    responsibleIds: own.filter((b) => b.role === 'responsible').map((b) => b.organisation_id),
    responsible: refs('responsible'),
    supporting: refs('supporting'),
    indicators: (g.indicatorsOf.get(item.id) ?? []).map((i) => ({
      id: i.id,
      name: flattenText(i.name) ?? {},
      target: num(i.target),
      actual: num(i.actual),
      unit: i.unit,
    })),
    decisions: (g.linksOf.get(item.id) ?? []).flatMap((l) => g.decisions.get(l.decision_id) ?? []),
    evidence: visibleEvidence((g.evidenceOf.get(item.id) ?? []).map(refOf), g.labels),
    updates: g.stats.get(item.id) ?? { n: 0, last: null },
  };
}

/** Items of one plan as the API shows them to `actor`; the flags come from the plans policy. */
export async function itemViews(
  db: Kysely<Database>,
  actor: Actor,
  plan: PlanAccess,
  items: readonly PlanItem[],
): Promise<ItemView[]> {
  const gathered = await gather(
    db,
    actor,
    items.map((i) => i.id),
  );
  const today = todayOf();
  const editor = canEditPlan(actor, plan);
  return items.map((item) => {
    const { responsibleIds, ...related } = relatedOf(gathered, item);
    return presentItem(item, {
      ...related,
      flags: {
        overdue: isOverdue(item, today),
        mine: isMine(actor, responsibleIds),
        canEdit: editor,
        canUpdate: canUpdateItem(actor, plan, responsibleIds),
      },
    });
  });
}

/** The progress updates of an item as the API shows them to `actor`, newest first. */
export async function progressUpdateViews(db: Kysely<Database>, actor: Actor, itemId: string) {
  const rows = await updatesOfItem(db, itemId);
  const [names, labels] = await Promise.all([
    readableRefNames(
      db,
      actor,
      rows.flatMap((r) => r.organisation_id ?? []),
    ),
    evidenceLabels(
      db,
      actor,
      rows.flatMap((r) => r.evidence),
    ),
  ]);
  return rows.map((r) => {
    const name = r.organisation_id ? names.get(r.organisation_id) : undefined;
    const organisation = r.organisation_id && name !== undefined ? { id: r.organisation_id, name } : null;
    const view = presentProgressUpdate(r, organisation, visibleEvidence(r.evidence, labels));
    // Who wrote an update is shown to signed-in accounts only, as in the history.
    return actor.kind === 'account' ? view : { ...view, author: null };
  });
}
