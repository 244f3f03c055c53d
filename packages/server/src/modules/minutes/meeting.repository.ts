import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { organisationLabel } from '../registry/organisations.repository.ts';

// What the minutes read of the meetings module's tables (events and their delegations) and of the
// registry: read-only queries, so the minutes never write another module's records.

/** The event the minutes belong to, with what authorisation and the export need, or undefined. */
export async function findMeeting(db: Kysely<Database>, eventId: string) {
  return db
    .selectFrom('events')
    .select(['id', 'title', 'owner_org_id', 'visibility', 'series_id', 'number', 'start_date', 'end_date'])
    .select(['venue', 'time_zone', 'country_code'])
    .where('id', '=', eventId)
    .executeTakeFirst();
}
export type Meeting = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

async function delegationRows(db: Kysely<Database>, eventId: string) {
  const rows = await db
    .selectFrom('event_delegations as d')
    .leftJoin('organisations as o', 'o.id', 'd.organisation_id')
    .select(['d.id', 'd.organisation_id', 'd.country_code', organisationLabel('o').as('name')])
    .where('d.event_id', '=', eventId)
    .orderBy('d.sort')
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({ ...r, country_code: r.country_code?.trim() ?? null }));
}

/**
 * The delegations of an event with the label of their organisation; a sub-event without
 * delegations of its own (the 5th Contact Group meeting held within the day's exchange of
 * experience) has those of the event it belongs to.
 */
export async function delegationsOf(db: Kysely<Database>, eventId: string) {
  const own = await delegationRows(db, eventId);
  if (own.length) return own;
  const event = await db
    .selectFrom('events')
    .select('parent_id')
    .where('id', '=', eventId)
    .executeTakeFirst();
  return event?.parent_id ? delegationRows(db, event.parent_id) : [];
}
export type MeetingDelegation = Awaited<ReturnType<typeof delegationsOf>>[number];

/** Kind and country of organisations, to match country delegations. */
export async function organisationCountries(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'kind', 'country_code'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map((r) => ({ ...r, country_code: r.country_code?.trim() ?? null }));
}

/**
 * The people to tell that minutes were circulated: every account holding a role in a delegation's
 * organisation (for a delegation by country alone: in a state body of that country), with its
 * language, and the e-mail contacts of the delegations' organisations with their country.
 */
export async function delegationRecipients(db: Kysely<Database>, delegations: readonly MeetingDelegation[]) {
  const orgIds = delegations.flatMap((d) => (d.organisation_id ? [d.organisation_id] : []));
  const countries = delegations.flatMap((d) =>
    !d.organisation_id && d.country_code ? [d.country_code] : [],
  );
  if (!orgIds.length && !countries.length) return { accounts: [], contacts: [] };
  const accounts = await db
    .selectFrom('accounts as a')
    .innerJoin('role_grants as g', 'g.account_id', 'a.id')
    .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
    .select(['a.email', 'a.locale'])
    .where('a.status', '=', 'active')
    .where((eb) =>
      eb.or([
        ...(orgIds.length ? [eb('o.id', 'in', orgIds)] : []),
        ...(countries.length
          ? [eb.and([eb('o.kind', '=', 'state_body'), eb(sql`trim(o.country_code)`, 'in', countries)])]
          : []),
      ]),
    )
    .distinct()
    .execute();
  const contacts = orgIds.length
    ? await db
        .selectFrom('contacts as c')
        .innerJoin('organisations as o', 'o.id', 'c.entity_id')
        .select(['c.value as email', 'o.country_code'])
        .where('c.entity_type', '=', 'organisation')
        .where('c.kind', '=', 'email')
        .where('c.entity_id', 'in', orgIds)
        .execute()
    : [];
  return {
    accounts,
    contacts: contacts.map((c) => ({ email: c.email, country_code: c.country_code?.trim() ?? null })),
  };
}
