import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { eventsInScope } from '../meetings/events.repository.ts';
import { inScope, type VisibilityScope } from '../registry/organisations.repository.ts';
import { refName } from '../registry/organisation-refs.ts';
import { placeLabel } from '../registry/places.repository.ts';
import type { Decision, Event } from '../meetings/meetings.table.ts';

// The reports' queries over the meetings and the registry. Every query takes the caller's read
// scope (the meetings' and the registry's own, never re-derived here), so a report holds only what
// its reader may read. A year is `[from, to]` as 'YYYY-MM-DD' dates, both inclusive.

/** A calendar year as inclusive dates. */
export interface Year {
  from: string;
  to: string;
}

/** The roles an organisation plays at an event, strongest first (ADR 0020). */
export const EVENT_ROLES = [
  'organiser',
  'host',
  'co_organiser',
  'partner',
  'owner',
  'delegation',
  'participant',
] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/**
 * The role of organisation `org` at event `e`: its role among the event's organisations, else
 * owner, else a delegation of it, else a participant who held a position in it on the event's
 * first day (present or not recorded, not declined) and whose person record `scope` may read.
 */
function roleAt(org: string, scope: VisibilityScope): RawBuilder<EventRole | null> {
  return sql<EventRole | null>`coalesce(
    (select eo.role from event_organisations eo where eo.event_id = e.id and eo.organisation_id = ${org}
      order by array_position(array['organiser', 'host', 'co_organiser', 'partner'], eo.role) limit 1),
    case when e.owner_org_id = ${org} then 'owner' end,
    case when exists (select 1 from event_delegations d where d.event_id = e.id and d.organisation_id = ${org})
      then 'delegation' end,
    case when exists (select 1 from event_participants p
      join positions pos on pos.person_id = p.person_id and pos.organisation_id = ${org}
      join people pe on pe.id = p.person_id
      where p.event_id = e.id
        and (pos.from_date is null or pos.from_date <= e.start_date)
        and (pos.to_date is null or pos.to_date >= e.start_date)
        and coalesce(p.attendance, 'present') <> 'absent'
        and coalesce(p.invitation, 'accepted') <> 'declined'
        and ${inScope(scope, 'pe', false)}) then 'participant' end)`;
}

/** Events of the year that `scope` may read and that were not cancelled. */
const inYear = (scope: VisibilityScope, year: Year) =>
  sql<SqlBool>`e.start_date between ${year.from} and ${year.to} and e.status <> 'cancelled' and ${eventsInScope(scope)}`;

/** The events of the year in which `org` played a part, with its role, by start. */
export async function eventsOfOrganisation(
  db: Kysely<Database>,
  scope: VisibilityScope,
  org: string,
  year: Year,
): Promise<(Event & { role: EventRole })[]> {
  const role = roleAt(org, scope);
  const rows = await db
    .selectFrom('events as e')
    .selectAll('e')
    .select(role.as('role'))
    .where(inYear(scope, year))
    .where(role, 'is not', null)
    .orderBy('e.start_date')
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as EventRole }));
}

/** The decisions `org` is responsible for, taken at events of the year `scope` may read, by date and number. */
export async function decisionsOfOrganisation(
  db: Kysely<Database>,
  scope: VisibilityScope,
  org: string,
  year: Year,
): Promise<Decision[]> {
  return db
    .selectFrom('decisions as d')
    .innerJoin('events as e', 'e.id', 'd.event_id')
    .selectAll('d')
    .where(inYear(scope, year))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('decision_responsible_bodies as b')
          .select('b.decision_id')
          .whereRef('b.decision_id', '=', 'd.id')
          .where('b.organisation_id', '=', org),
      ),
    )
    .orderBy('e.start_date')
    .orderBy('e.id')
    .orderBy('d.number')
    .execute();
}

/** How many events of the year `scope` may read start in each month (12 numbers, January first). */
export async function eventsPerMonth(
  db: Kysely<Database>,
  scope: VisibilityScope,
  year: Year,
): Promise<number[]> {
  const rows = await db
    .selectFrom('events as e')
    .select([
      sql<number>`extract(month from e.start_date)::int`.as('month'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where(inYear(scope, year))
    .groupBy(sql`1`)
    .execute();
  const months = Array.from({ length: 12 }, () => 0);
  for (const r of rows) months[Number(r.month) - 1] = Number(r.n);
  return months;
}

/** The OTS member states (gazetteer countries with status member), by code, named in `lang`. */
export async function memberStates(db: Kysely<Database>, lang: string) {
  const rows = await db
    .selectFrom('places as pl')
    .select(['pl.country_code', placeLabel(lang).as('name')])
    .where('pl.kind', '=', 'country')
    .where('pl.ots_status', '=', 'member')
    .orderBy('pl.country_code')
    .execute();
  return rows.map((r) => ({ countryCode: (r.country_code ?? '').trim(), name: r.name ?? '' }));
}

/** The state bodies of these countries that `scope` may read, by name. */
export async function stateBodies(
  db: Kysely<Database>,
  scope: VisibilityScope,
  countryCodes: readonly string[],
) {
  if (!countryCodes.length) return [];
  const rows = await db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.country_code', refName().as('name')])
    .where('o.kind', '=', 'state_body')
    .where('o.country_code', 'in', [...countryCodes])
    .where(inScope(scope, 'o', true))
    .orderBy(refName())
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, countryCode: (r.country_code ?? '').trim() }));
}

/**
 * Which of `bodies` owned, organised, co-organised or hosted which event of the year `scope` may
 * read: one row per (event, body).
 */
export async function eventsOfBodies(
  db: Kysely<Database>,
  scope: VisibilityScope,
  bodies: readonly string[],
  year: Year,
): Promise<{ eventId: string; organisationId: string }[]> {
  if (!bodies.length) return [];
  const ids = sql.join([...bodies]);
  const result = await sql<{ event_id: string; organisation_id: string }>`
    select e.id as event_id, e.owner_org_id as organisation_id from events e
      where ${inYear(scope, year)} and e.owner_org_id in (${ids})
    union
    select e.id, eo.organisation_id from events e join event_organisations eo on eo.event_id = e.id
      where ${inYear(scope, year)} and eo.organisation_id in (${ids})
        and eo.role in ('organiser', 'host', 'co_organiser')`.execute(db);
  return result.rows.map((r) => ({ eventId: r.event_id, organisationId: r.organisation_id }));
}

/** The names of these countries in `lang`, by code. */
export async function countryNames(db: Kysely<Database>, codes: readonly string[], lang: string) {
  if (!codes.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('places as pl')
    .select(['pl.country_code', placeLabel(lang).as('name')])
    .where('pl.kind', '=', 'country')
    .where('pl.country_code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.map((r) => [(r.country_code ?? '').trim(), r.name ?? '']));
}

/** An organisation's current official name in `lang`, else in English, else its first; '' for none. */
export async function organisationNameIn(db: Kysely<Database>, id: string, lang: string): Promise<string> {
  const row = await db
    .selectFrom('organisation_names as n')
    .select('n.name')
    .where('n.organisation_id', '=', id)
    .where('n.valid_to', 'is', null)
    .orderBy(sql`(n.lang = ${lang})`, 'desc')
    .orderBy(sql`(n.lang = 'en')`, 'desc')
    .orderBy(sql`(n.name_type = 'official')`, 'desc')
    .orderBy('n.sort')
    .executeTakeFirst();
  return row?.name ?? '';
}
