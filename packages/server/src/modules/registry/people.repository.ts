import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { containing, inScope, type VisibilityScope } from './organisations.repository.ts';
import type { NewPersonName, Person, PersonName, Visibility } from './registry.table.ts';

/** One person by id, or undefined. */
export async function findPerson(db: Kysely<Database>, id: string): Promise<Person | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The people with these ids (in no particular order); the missing are left out. */
export async function findPeople(db: Kysely<Database>, ids: readonly string[]): Promise<Person[]> {
  if (!ids.length) return [];
  return db
    .selectFrom('people')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** Inserts a person (without names); returns the row. */
export async function insertPersonRow(
  db: Kysely<Database>,
  person: { owner_org_id: string | null; visibility: Visibility },
): Promise<Person> {
  return db.insertInto('people').values(person).returningAll().executeTakeFirstOrThrow();
}

/** Changes a person's owner or visibility (and `updated_at`). */
export async function updatePersonRow(
  db: Kysely<Database>,
  id: string,
  changes: { owner_org_id?: string | null; visibility?: Visibility },
): Promise<Person> {
  return db
    .updateTable('people')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces every spelling of a person's name; returns the new rows. */
export async function replacePersonNames(
  db: Kysely<Database>,
  personId: string,
  names: Omit<NewPersonName, 'person_id'>[],
): Promise<PersonName[]> {
  await db.deleteFrom('person_names').where('person_id', '=', personId).execute();
  return db
    .insertInto('person_names')
    .values(names.map((n) => ({ ...n, person_id: personId })))
    .returningAll()
    .execute();
}

/** The spellings of the given people's names, primary first. */
export async function namesOfPeople(db: Kysely<Database>, ids: readonly string[]): Promise<PersonName[]> {
  if (!ids.length) return [];
  return db
    .selectFrom('person_names')
    .selectAll()
    .where('person_id', 'in', [...new Set(ids)])
    .orderBy('is_primary', 'desc')
    .orderBy('full_name')
    .orderBy('id')
    .execute();
}

const primaryName = sql<string>`(select n.full_name from person_names n where n.person_id = p.id
  order by n.is_primary desc, n.full_name limit 1)`;

export interface PeopleFilter {
  q?: string | undefined;
  organisation?: string | undefined;
  country?: string | undefined;
}

/** A page of the people visible in `scope`, by primary name, with the list filters applied. */
export async function listPeople(
  db: Kysely<Database>,
  scope: VisibilityScope,
  filter: PeopleFilter,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('people as p').where(inScope(scope, 'p', false));
  if (filter.q) {
    const like = containing(filter.q);
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('person_names as n')
          .select('n.id')
          .whereRef('n.person_id', '=', 'p.id')
          .where('n.full_name', 'ilike', like),
      ),
    );
  }
  if (filter.organisation || filter.country) {
    const { organisation, country } = filter;
    query = query.where(({ exists, selectFrom }) => {
      let held = selectFrom('positions as h')
        .innerJoin('organisations as ho', 'ho.id', 'h.organisation_id')
        .select('h.id')
        .whereRef('h.person_id', '=', 'p.id');
      if (organisation) held = held.where('h.organisation_id', '=', organisation);
      if (country) held = held.where('ho.country_code', '=', country);
      return exists(held);
    });
  }
  const [items, count] = await Promise.all([
    query
      .select(['p.id', 'p.visibility', 'p.owner_org_id', primaryName.as('name')])
      .orderBy(primaryName)
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** The positions held at an organisation, with the holder's primary name and read-policy fields. */
export async function positionsAtOrganisation(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom('positions as h')
    .innerJoin('people as p', 'p.id', 'h.person_id')
    .select(['h.id', 'h.person_id', 'h.title', 'h.from_date', 'h.to_date'])
    .select(['p.visibility', 'p.owner_org_id', primaryName.as('name')])
    .where('h.organisation_id', '=', organisationId)
    .orderBy('h.from_date', 'desc')
    .orderBy('h.id')
    .execute();
}
