import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { BodyRole, EvidenceRef, EvidenceType } from './plans.table.ts';

// What hangs on plan items: bodies, indicators, evidence and decision links (`decision_follow_ups`
// with target_type 'plan_item'). Progress updates are in updates.repository.ts.

export const FOLLOW_UP_TYPE = 'plan_item';

const none = (ids: readonly string[]) => ids.length === 0;

/** The bodies of the items, in their order. */
export async function bodiesOfItems(db: Kysely<Database>, ids: readonly string[]) {
  if (none(ids)) return [];
  return db
    .selectFrom('plan_item_bodies')
    .selectAll()
    .where('item_id', 'in', [...ids])
    .orderBy('sort')
    .execute();
}

/** Replaces the bodies of an item that have `role`. */
export async function replaceBodies(
  db: Kysely<Database>,
  itemId: string,
  role: BodyRole,
  orgIds: readonly string[],
) {
  // A body named for one role leaves the other one (an item's body has one role).
  await db
    .deleteFrom('plan_item_bodies')
    .where('item_id', '=', itemId)
    .where((eb) =>
      eb.or([eb('role', '=', role), ...(orgIds.length ? [eb('organisation_id', 'in', [...orgIds])] : [])]),
    )
    .execute();
  if (none(orgIds)) return;
  await db
    .insertInto('plan_item_bodies')
    .values(orgIds.map((organisation_id, sort) => ({ item_id: itemId, organisation_id, role, sort })))
    .execute();
}

/** The indicators of the items, in their order. */
export async function indicatorsOfItems(db: Kysely<Database>, ids: readonly string[]) {
  if (none(ids)) return [];
  return db
    .selectFrom('plan_item_indicators')
    .selectAll()
    .where('item_id', 'in', [...ids])
    .orderBy('sort')
    .execute();
}

/** Replaces the indicators of an item. */
export async function replaceIndicators(
  db: Kysely<Database>,
  itemId: string,
  indicators: readonly { name: string; target: number | null; actual: number | null; unit: string | null }[],
) {
  await db.deleteFrom('plan_item_indicators').where('item_id', '=', itemId).execute();
  if (!indicators.length) return;
  await db
    .insertInto('plan_item_indicators')
    .values(indicators.map((i, sort) => ({ item_id: itemId, ...i, sort })))
    .execute();
}

/** Sets an indicator's actual value. */
export async function setIndicatorActual(db: Kysely<Database>, id: string, actual: number | null) {
  await db.updateTable('plan_item_indicators').set({ actual }).where('id', '=', id).execute();
}

/** The evidence of the items, in their order. */
export async function evidenceOfItems(db: Kysely<Database>, ids: readonly string[]) {
  if (none(ids)) return [];
  return db
    .selectFrom('plan_item_evidence')
    .selectAll()
    .where('item_id', 'in', [...ids])
    .orderBy('sort')
    .execute();
}

/** Replaces the evidence of an item. */
export async function replaceEvidence(
  db: Kysely<Database>,
  itemId: string,
  evidence: readonly EvidenceRef[],
) {
  await db.deleteFrom('plan_item_evidence').where('item_id', '=', itemId).execute();
  await addEvidence(db, itemId, evidence, 0);
}

/** Adds evidence to an item after what it has (what it already has is kept once). */
export async function addEvidence(
  db: Kysely<Database>,
  itemId: string,
  evidence: readonly EvidenceRef[],
  from?: number,
) {
  if (!evidence.length) return;
  const start =
    from ??
    Number(
      (
        await db
          .selectFrom('plan_item_evidence')
          .select(sql<number>`coalesce(max(sort) + 1, 0)`.as('n'))
          .where('item_id', '=', itemId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  await db
    .insertInto('plan_item_evidence')
    .values(
      evidence.map((e, i) => ({
        item_id: itemId,
        type: e.type as EvidenceType,
        target_id: e.id,
        sort: start + i,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The decisions linked to the items. */
export async function decisionLinksOfItems(db: Kysely<Database>, ids: readonly string[]) {
  if (none(ids)) return [];
  return db
    .selectFrom('decision_follow_ups')
    .select(['decision_id', 'target_id as item_id'])
    .where('target_type', '=', FOLLOW_UP_TYPE)
    .where('target_id', 'in', [...ids])
    .orderBy('created_at')
    .execute();
}

/** Replaces the decisions linked to an item. */
export async function replaceDecisionLinks(
  db: Kysely<Database>,
  itemId: string,
  decisionIds: readonly string[],
) {
  await deleteDecisionLinks(db, [itemId]);
  if (none(decisionIds)) return;
  await db
    .insertInto('decision_follow_ups')
    .values(
      [...new Set(decisionIds)].map((decision_id) => ({
        decision_id,
        target_type: FOLLOW_UP_TYPE,
        target_id: itemId,
      })),
    )
    .execute();
}

/** Removes the decision links of items (deleted ones: `decision_follow_ups` has no foreign key to them). */
export async function deleteDecisionLinks(db: Kysely<Database>, itemIds: readonly string[]) {
  if (none(itemIds)) return;
  await db
    .deleteFrom('decision_follow_ups')
    .where('target_type', '=', FOLLOW_UP_TYPE)
    .where('target_id', 'in', [...itemIds])
    .execute();
}
