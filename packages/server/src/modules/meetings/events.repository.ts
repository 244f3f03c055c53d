import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { containing, inScope, type VisibilityScope } from '../registry/organisations.repository.ts';
import type { EventFilter } from './meetings.schema.ts';
import type {
  Event,
  EventOrganisation,
  EventOrganisationRole,
  EventSeries,
  EventUpdate,
  NewEvent,
  NewEventSeries,
  EventSeriesUpdate,
} from './meetings.table.ts';

/** One event by id, or undefined. */
export async function findEvent(db: Kysely<Database>, id: string): Promise<Event | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One event by id, locked until the transaction ends (numbering, reordering), or undefined. */
export async function lockEvent(db: Kysely<Database>, id: string): Promise<Event | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The events with these ids (in no particular order). */
export async function findEvents(db: Kysely<Database>, ids: readonly string[]): Promise<Event[]> {
  if (!ids.length) return [];
  return db
    .selectFrom('events')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** The organisers, hosts and partners of the given events, in their order. */
export async function organisationsOfEvents(
  db: Kysely<Database>,
  eventIds: readonly string[],
): Promise<EventOrganisation[]> {
  if (!eventIds.length) return [];
  return db
    .selectFrom('event_organisations')
    .selectAll()
    .where('event_id', 'in', [...new Set(eventIds)])
    .orderBy('sort')
    .execute();
}

/** Inserts an event; returns the row. */
export async function insertEvent(db: Kysely<Database>, event: NewEvent): Promise<Event> {
  return db.insertInto('events').values(event).returningAll().executeTakeFirstOrThrow();
}

/** Changes the given columns of an event (and its `updated_at`); returns the new row. */
export async function updateEventRow(db: Kysely<Database>, id: string, changes: EventUpdate): Promise<Event> {
  return db
    .updateTable('events')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces the organisers and hosts of an event. */
export async function replaceEventOrganisations(
  db: Kysely<Database>,
  eventId: string,
  rows: readonly { organisationId: string; role: EventOrganisationRole }[],
): Promise<void> {
  await db.deleteFrom('event_organisations').where('event_id', '=', eventId).execute();
  if (!rows.length) return;
  await db
    .insertInto('event_organisations')
    .values(
      rows.map((r, i) => ({ event_id: eventId, organisation_id: r.organisationId, role: r.role, sort: i })),
    )
    .execute();
}

/** The next free number of a meeting in a series; the caller holds the series' lock. */
export async function nextEventNumber(db: Kysely<Database>, seriesId: string): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select(sql<number>`coalesce(max(number), 0) + 1`.as('n'))
    .where('series_id', '=', seriesId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The ids of the events under `id`, at any depth, to refuse a cycle of parents. */
export async function descendantEventIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with recursive down(id, depth) as (
      select id, 1 from events where parent_id = ${id}
      union all
      select e.id, d.depth + 1 from events e join down d on e.parent_id = d.id where d.depth < 100
    ) select id from down`.execute(db);
  return result.rows.map((r) => r.id);
}

/**
 * The SQL form of the events read scope for alias `e`: visible by visibility, or owned, organised
 * or hosted by one of the caller's bodies. Agrees with `canReadEvent`.
 */
export function eventsInScope(scope: VisibilityScope, alias = 'e'): Expression<SqlBool> {
  const own = scope.ownOrganisationIds;
  const t = sql.table(alias);
  const vis = sql<SqlBool>`${t}.visibility in (${sql.join(scope.visibilities)})`;
  if (!own.length) return vis;
  return sql<SqlBool>`(${vis} or ${t}.owner_org_id in (${sql.join(own)}) or exists (
    select 1 from event_organisations eo where eo.event_id = ${t}.id and eo.organisation_id in (${sql.join(own)})))`;
}

/** A page of the events visible in `scope`, by start, with the list filters applied. */
export async function listEvents(
  db: Kysely<Database>,
  scope: VisibilityScope,
  filter: EventFilter,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('events as e').where(eventsInScope(scope));
  if (filter.series) query = query.where('e.series_id', '=', filter.series);
  if (filter.kind) query = query.where('e.kind', '=', filter.kind);
  if (filter.status) query = query.where('e.status', '=', filter.status);
  if (filter.country) query = query.where('e.country_code', '=', filter.country);
  if (filter.parent) query = query.where('e.parent_id', '=', filter.parent);
  if (filter.from) query = query.where('e.end_date', '>=', filter.from);
  if (filter.to) query = query.where('e.start_date', '<=', filter.to);
  if (filter.organisation) {
    const org = filter.organisation;
    query = query.where((eb) =>
      eb.or([
        eb('e.owner_org_id', '=', org),
        eb.exists(
          eb
            .selectFrom('event_organisations as eo')
            .select('eo.event_id')
            .whereRef('eo.event_id', '=', 'e.id')
            .where('eo.organisation_id', '=', org),
        ),
      ]),
    );
  }
  if (filter.q) {
    const like = containing(filter.q);
    query = query.where(
      sql<SqlBool>`exists (select 1 from jsonb_each(e.title) t where t.value->>'value' ilike ${like})`,
    );
  }
  const [items, count] = await Promise.all([
    query
      .selectAll('e')
      .orderBy('e.starts_at')
      .orderBy('e.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** The events directly under `parentId` that `scope` may see, by start. */
export async function subEventsOf(db: Kysely<Database>, scope: VisibilityScope, parentId: string) {
  return db
    .selectFrom('events as e')
    .selectAll('e')
    .where('e.parent_id', '=', parentId)
    .where(eventsInScope(scope))
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .execute();
}

// Series.

/** One series by id, or undefined (`lock`: held until the transaction ends, for numbering). */
export async function findSeries(db: Kysely<Database>, id: string, lock = false) {
  const query = db.selectFrom('event_series').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** The series with these ids, by id. */
export async function seriesByIds(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return new Map<string, EventSeries>();
  const rows = await db
    .selectFrom('event_series')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Inserts a series; returns the row. */
export async function insertSeries(db: Kysely<Database>, series: NewEventSeries): Promise<EventSeries> {
  return db.insertInto('event_series').values(series).returningAll().executeTakeFirstOrThrow();
}

/** Changes the given columns of a series; returns the new row. */
export async function updateSeriesRow(db: Kysely<Database>, id: string, changes: EventSeriesUpdate) {
  return db
    .updateTable('event_series')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A page of the series visible in `scope`, by code, with how many meetings the caller sees in each. */
export async function listSeries(
  db: Kysely<Database>,
  scope: VisibilityScope,
  page: { limit: number; offset: number },
) {
  const query = db.selectFrom('event_series as s').where(inScope(scope, 's', false));
  const meetings = sql<number>`(select count(*) from events e where e.series_id = s.id and ${eventsInScope(scope)})`;
  const [items, count] = await Promise.all([
    query
      .selectAll('s')
      .select(meetings.as('meetings'))
      .orderBy('s.code')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** The numbered meetings of a series that `scope` may see, by number. */
export async function meetingsOfSeries(db: Kysely<Database>, scope: VisibilityScope, seriesId: string) {
  return db
    .selectFrom('events as e')
    .selectAll('e')
    .where('e.series_id', '=', seriesId)
    .where(eventsInScope(scope))
    .orderBy('e.number')
    .orderBy('e.starts_at')
    .execute();
}
