import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ContactsTable, NewPersonName, NewPosition, Visibility } from '../registry/registry.table.ts';
import type { SpellingRef } from '../search/name-keys.repository.ts';
import type { SearchEntityType } from '../search/search.table.ts';

/**
 * Waits for, then holds until the transaction ends, the lock that serialises demo loads, so two
 * servers starting on one empty database do not both load.
 */
export async function lockDemoLoad(trx: Kysely<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('kopru.demo-load'))`.execute(trx);
}

/** True when the registry holds at least one organisation. */
export async function hasOrganisations(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Inserts a person with all their spellings; returns the new id and the spellings' rows. */
export async function insertPerson(
  db: Kysely<Database>,
  person: { slug: string; ownerOrgId: string | null; visibility: Visibility },
  names: readonly Omit<NewPersonName, 'person_id'>[],
): Promise<{ id: string; spellings: SpellingRef[] }> {
  const row = await db
    .insertInto('people')
    .values({ slug: person.slug, owner_org_id: person.ownerOrgId, visibility: person.visibility })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (!names.length) return { id: row.id, spellings: [] };
  const rows = await db
    .insertInto('person_names')
    .values(names.map((n) => ({ ...n, person_id: row.id })))
    .returning(['id', 'full_name'])
    .execute();
  return { id: row.id, spellings: rows.map((r) => ({ id: r.id, text: r.full_name })) };
}

/** Every spelling of a person: the rows of their names. */
export async function personSpellings(db: Kysely<Database>, personId: string): Promise<SpellingRef[]> {
  const rows = await db
    .selectFrom('person_names')
    .select(['id', 'full_name'])
    .where('person_id', '=', personId)
    .execute();
  return rows.map((r) => ({ id: r.id, text: r.full_name }));
}

/** Every spelling of an organisation: its names and their abbreviations. */
export async function organisationSpellings(
  db: Kysely<Database>,
  organisationId: string,
): Promise<SpellingRef[]> {
  const rows = await db
    .selectFrom('organisation_names')
    .select(['id', 'name', 'abbreviation'])
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.flatMap((r) => [
    { id: r.id, text: r.name },
    ...(r.abbreviation ? [{ id: r.id, text: r.abbreviation }] : []),
  ]);
}

/** The ids of the organisations with these slugs, by slug. */
export async function organisationIdsBySlug(
  db: Kysely<Database>,
  slugs: readonly string[],
): Promise<Map<string, string>> {
  if (!slugs.length) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'slug'])
    .where('slug', 'in', [...slugs])
    .execute();
  return new Map(rows.map((r) => [r.slug as string, r.id]));
}

/** The ids of the people with these slugs, by slug. */
export async function personIdsBySlug(
  db: Kysely<Database>,
  slugs: readonly string[],
): Promise<Map<string, string>> {
  if (!slugs.length) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'slug'])
    .where('slug', 'in', [...slugs])
    .execute();
  return new Map(rows.map((r) => [r.slug as string, r.id]));
}

/** Those of `ids` that have no match key yet (records written before name keys existed). */
export async function withoutNameKeys(
  db: Kysely<Database>,
  entityType: SearchEntityType,
  ids: readonly string[],
): Promise<string[]> {
  if (!ids.length) return [];
  const keyed = await db
    .selectFrom('name_keys')
    .select('entity_id')
    .distinct()
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', [...ids])
    .execute();
  const has = new Set(keyed.map((k) => k.entity_id));
  return ids.filter((id) => !has.has(id));
}

/** Inserts contacts of people or organisations. */
export async function insertContacts(db: Kysely<Database>, contacts: readonly Insertable<ContactsTable>[]) {
  if (contacts.length)
    await db
      .insertInto('contacts')
      .values([...contacts])
      .execute();
}

/** Inserts positions held by people. */
export async function insertPositions(
  db: Kysely<Database>,
  positions: readonly NewPosition[],
): Promise<void> {
  if (positions.length)
    await db
      .insertInto('positions')
      .values([...positions])
      .execute();
}

/** Sets who owns an organisation's record (for owners inserted after the record itself). */
export async function setOrganisationOwner(
  db: Kysely<Database>,
  id: string,
  ownerOrgId: string,
): Promise<void> {
  await db.updateTable('organisations').set({ owner_org_id: ownerOrgId }).where('id', '=', id).execute();
}

/** The id of the event with this English title starting on this day (demo events have no slug). */
export async function eventIdByTitle(db: Kysely<Database>, titleEn: string, startDate: string) {
  const row = await db
    .selectFrom('events')
    .select('id')
    .where(sql<string>`title->'en'->>'value'`, '=', titleEn)
    .where('start_date', '=', startDate)
    .executeTakeFirst();
  return row?.id;
}

/** The ids of an event's decisions, by number. */
export async function decisionIdsByNumber(db: Kysely<Database>, eventId: string) {
  const rows = await db
    .selectFrom('decisions')
    .select(['id', 'number'])
    .where('event_id', '=', eventId)
    .execute();
  return new Map(rows.map((r) => [r.number, r.id]));
}

/** Is there a plan with this English title? */
export async function hasPlanTitled(db: Kysely<Database>, titleEn: string): Promise<boolean> {
  const row = await db
    .selectFrom('plans')
    .select('id')
    .where(sql<string>`title->'en'->>'value'`, '=', titleEn)
    .executeTakeFirst();
  return row !== undefined;
}

/** The id of the person with `slug`, if any. */
export async function personIdBySlug(db: Kysely<Database>, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('people').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}
