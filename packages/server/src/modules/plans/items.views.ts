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
  updateStats,
  updatesOfItem,
} from './item-details.repository.ts';
import { canEditPlan, canUpdateItem, isMine, type PlanAccess } from './plans.policy.ts';
import { isOverdue, type ItemView, presentItem, presentProgressUpdate } from './plans.presenter.ts';
import { evidenceLabels, readableDecisions, readableRefNames, visibleEvidence } from './plans.references.ts';
import type { EvidenceType, PlanItem } from './plans.table.ts';

// Gathers what item views show, for many items at once, from what the caller may read.

/** Today's date (UTC), for `overdue`. */
export const todayOf = () => new Date().toISOString().slice(0, 10);

const num = (v: string | null) => (v === null ? null : Number(v));

/** Items of one plan as the API shows them to `actor`. */
export async function itemViews(
  db: Kysely<Database>,
  actor: Actor,
  plan: PlanAccess,
  items: readonly PlanItem[],
): Promise<ItemView[]> {
  const ids = items.map((i) => i.id);
  const [bodies, indicators, evidence, links, stats] = await Promise.all([
    bodiesOfItems(db, ids),
    indicatorsOfItems(db, ids),
    evidenceOfItems(db, ids),
    decisionLinksOfItems(db, ids),
    updateStats(db, ids),
  ]);
  const [names, decisions, labels] = await Promise.all([
    readableRefNames(
      db,
      actor,
      bodies.map((b) => b.organisation_id),
    ),
    readableDecisions(
      db,
      actor,
      links.map((l) => l.decision_id),
    ),
    evidenceLabels(
      db,
      actor,
      evidence.map((e) => ({ type: e.type as EvidenceType, id: e.target_id })),
    ),
  ]);
  const [bodiesOf, indicatorsOf, evidenceOf, linksOf] = [
    groupBy(bodies, (b) => b.item_id),
    groupBy(indicators, (i) => i.item_id),
    groupBy(evidence, (e) => e.item_id),
    groupBy(links, (l) => l.item_id),
  ];
  const today = todayOf();
  const editor = canEditPlan(actor, plan);
  return items.map((item) => {
    const own = bodiesOf.get(item.id) ?? [];
    const refs = (role: string) =>
      own
        .filter((b) => b.role === role)
        .flatMap((b) => {
          const name = names.get(b.organisation_id);
          return name === undefined ? [] : [{ id: b.organisation_id, name }];
        });
    const responsibleIds = own.filter((b) => b.role === 'responsible').map((b) => b.organisation_id);
    return presentItem(item, {
      responsible: refs('responsible'),
      supporting: refs('supporting'),
      indicators: (indicatorsOf.get(item.id) ?? []).map((i) => ({
        id: i.id,
        name: flattenText(i.name) ?? {},
        target: num(i.target),
        actual: num(i.actual),
        unit: i.unit,
      })),
      decisions: (linksOf.get(item.id) ?? []).flatMap((l) => decisions.get(l.decision_id) ?? []),
      evidence: visibleEvidence(
        (evidenceOf.get(item.id) ?? []).map((e) => ({ type: e.type as EvidenceType, id: e.target_id })),
        labels,
      ),
      updates: stats.get(item.id) ?? { n: 0, last: null },
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
