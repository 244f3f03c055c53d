import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { containing, type VisibilityScope } from '../registry/organisations.repository.ts';
import { eventsInScope } from './events.repository.ts';
import type { DecisionFilter } from './meetings.schema.ts';
import type { Decision, DecisionsTable } from './meetings.table.ts';
import type { Insertable, Updateable } from 'kysely';

/** The decisions of the given events, by number. */
export async function decisionsOfEvents(
  db: Kysely<Database>,
  eventIds: readonly string[],
): Promise<Decision[]> {
  if (!eventIds.length) return [];
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('event_id', 'in', [...new Set(eventIds)])
    .orderBy('event_id')
    .orderBy('number')
    .execute();
}

/** One decision of one event, or undefined. */
export async function findDecision(db: Kysely<Database>, eventId: string, id: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('id', '=', id)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

/**
 * Inserts a decision with the next number of its meeting. The caller holds the event's row lock,
 * so two requests cannot take the same number; the unique (event, number) constraint stands behind it.
 */
export async function insertNextDecision(
  db: Kysely<Database>,
  decision: Omit<Insertable<DecisionsTable>, 'number'>,
): Promise<Decision> {
  const number = sql<number>`(select coalesce(max(number), 0) + 1 from decisions where event_id = ${decision.event_id})`;
  return db
    .insertInto('decisions')
    .values({ ...decision, number })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Changes the given columns of a decision (and its `updated_at`); returns the new row. */
export async function updateDecisionRow(
  db: Kysely<Database>,
  id: string,
  changes: Updateable<DecisionsTable>,
) {
  return db
    .updateTable('decisions')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The responsible bodies of the given decisions, in their order. */
export async function bodiesOfDecisions(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('decision_responsible_bodies')
    .selectAll()
    .where('decision_id', 'in', [...new Set(ids)])
    .orderBy('sort')
    .execute();
}

/** Replaces the responsible bodies of a decision. */
export async function replaceBodies(db: Kysely<Database>, decisionId: string, orgIds: readonly string[]) {
  await db.deleteFrom('decision_responsible_bodies').where('decision_id', '=', decisionId).execute();
  if (!orgIds.length) return;
  await db
    .insertInto('decision_responsible_bodies')
    .values([...new Set(orgIds)].map((id, i) => ({ decision_id: decisionId, organisation_id: id, sort: i })))
    .execute();
}

/** The follow-up links of the given decisions. */
export async function followUpsOfDecisions(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('decision_follow_ups')
    .selectAll()
    .where('decision_id', 'in', [...new Set(ids)])
    .orderBy('created_at')
    .execute();
}

/** Links a decision to the record that follows it up (once; a repeated link is ignored). */
export async function insertFollowUp(
  db: Kysely<Database>,
  decisionId: string,
  targetType: string,
  targetId: string,
) {
  await db
    .insertInto('decision_follow_ups')
    .values({ decision_id: decisionId, target_type: targetType, target_id: targetId })
    .onConflict((oc) => oc.columns(['decision_id', 'target_type', 'target_id']).doNothing())
    .execute();
}

/** A page of the decisions of events visible in `scope`, by the meeting's start then number. */
export async function listDecisions(
  db: Kysely<Database>,
  scope: VisibilityScope,
  filter: DecisionFilter,
  page: { limit: number; offset: number },
) {
  let query = db
    .selectFrom('decisions as d')
    .innerJoin('events as e', 'e.id', 'd.event_id')
    .where(eventsInScope(scope));
  if (filter.series) query = query.where('e.series_id', '=', filter.series);
  if (filter.event) query = query.where('d.event_id', '=', filter.event);
  if (filter.status) query = query.where('d.status', '=', filter.status);
  if (filter.responsible) {
    const org = filter.responsible;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('decision_responsible_bodies as b')
          .select('b.decision_id')
          .whereRef('b.decision_id', '=', 'd.id')
          .where('b.organisation_id', '=', org),
      ),
    );
  }
  if (filter.q) {
    query = query.where(
      sql<SqlBool>`exists (select 1 from jsonb_each(d.text) t where t.value->>'value' ilike ${containing(filter.q)})`,
    );
  }
  const [items, count] = await Promise.all([
    query
      .selectAll('d')
      .orderBy('e.starts_at')
      .orderBy('e.id')
      .orderBy('d.number')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
