import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { inScope, type VisibilityScope } from '../registry/organisations.repository.ts';
import type {
  NewPlaceName,
  Organisation,
  OrganisationName,
  Person,
  PersonName,
  Place,
  PlaceName,
} from '../registry/registry.table.ts';
import type { SearchEntityType } from '../search/search.table.ts';

// Reads and writes of the import, export and merge work that the registry's repositories do not
// (yet) offer. Every function takes the database or the caller's transaction first.

/** Sets pg_trgm's `%` threshold for the rest of this transaction only (pooled connections keep theirs). */
export async function setTrigramThreshold(db: Kysely<Database>, threshold: number): Promise<void> {
  await sql`select set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`.execute(db);
}

/** Whether `scope` may read the record of match key `k` (places are public). */
const keyVisible = (type: SearchEntityType, scope: VisibilityScope) =>
  type === 'person'
    ? sql`exists (select 1 from people p where p.id = k.entity_id and ${inScope(scope, 'p', false)})`
    : type === 'organisation'
      ? sql`exists (select 1 from organisations o where o.id = k.entity_id and ${inScope(scope, 'o', true)})`
      : sql`true`;

/**
 * `k.key % $1 or k.key % $2 …`: unlike `k.key % any($keys)`, which PostgreSQL cannot answer from
 * the trigram index (it scans every key), each `%` here is an index scan, joined by a BitmapOr.
 */
const anyKeyLike = (keys: readonly string[], alias = 'k') =>
  sql.join(
    keys.map((key) => sql`${sql.ref(`${alias}.key`)} % ${key}`),
    sql` or `,
  );

/**
 * Records of `type` that `scope` may read with a match key within the trigram threshold of one of
 * `keys` (served by the GIN index on name_keys.key), best first. Call inside a transaction that
 * set the threshold.
 */
export async function findCandidateIds(
  db: Kysely<Database>,
  type: SearchEntityType,
  keys: readonly string[],
  scope: VisibilityScope,
  limit: number,
): Promise<string[]> {
  if (!keys.length) return [];
  const similarity = sql.join(keys.map((key) => sql`similarity(k.key, ${key})`));
  const visible = keyVisible(type, scope);
  const { rows } = await sql<{ entity_id: string; sim: number }>`
    select k.entity_id, max(greatest(${similarity}))::float8 as sim
    from name_keys k
    where k.entity_type = ${type} and (${anyKeyLike(keys)}) and ${visible}
    group by k.entity_id
    order by sim desc, k.entity_id
    limit ${limit}`.execute(db);
  return rows.map((r) => r.entity_id);
}

/**
 * For each list of keys, the records of `type` that `scope` may read with a stored key equal to one
 * of them, those sharing most keys first, at most `limit` each; one statement for all lists. Each
 * distinct key is read from the B-tree on name_keys.key once, and yields at most `limit` records:
 * a consonant skeleton of a common name is shared by hundreds.
 */
export async function findCandidateIdsMany(
  db: Kysely<Database>,
  type: SearchEntityType,
  queries: readonly (readonly string[])[],
  scope: VisibilityScope,
  limit: number,
): Promise<string[][]> {
  const keys = [...new Set(queries.flat())];
  if (!keys.length) return queries.map(() => []);
  const visible = keyVisible(type, scope);
  const { rows } = await sql<{ key: string; entity_id: string }>`
    select q.key, h.entity_id
    from unnest(${keys}::text[]) as q(key)
    cross join lateral (
      select distinct k.entity_id
      from name_keys k
      where k.key = q.key and k.entity_type = ${type} and ${visible}
      limit ${limit}
    ) h`.execute(db);
  const holders = new Map<string, string[]>();
  for (const r of rows) {
    const list = holders.get(r.key);
    if (list) list.push(r.entity_id);
    else holders.set(r.key, [r.entity_id]);
  }
  return queries.map((query) => {
    const shared = new Map<string, number>();
    for (const key of new Set(query)) {
      for (const id of holders.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    return [...shared]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([id]) => id);
  });
}

/** The people with these ids, with their spellings (primary first). */
export async function peopleWithNames(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  const [people, names] = await Promise.all([
    db.selectFrom('people').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('person_names')
      .selectAll()
      .where('person_id', 'in', ids)
      .orderBy('is_primary', 'desc')
      .orderBy('id')
      .execute(),
  ]);
  return ordered(ids, people).map((p) => ({ ...p, names: names.filter((n) => n.person_id === p.id) }));
}

/** The organisations with these ids, with their names in order. */
export async function organisationsWithNames(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  const [orgs, names] = await Promise.all([
    db.selectFrom('organisations').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('organisation_names')
      .selectAll()
      .where('organisation_id', 'in', ids)
      .orderBy('sort')
      .orderBy('id')
      .execute(),
  ]);
  return ordered(ids, orgs).map((o) => ({ ...o, names: names.filter((n) => n.organisation_id === o.id) }));
}

/** The places with these ids, with their names in order. */
export async function placesWithNames(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  const [places, names] = await Promise.all([
    db.selectFrom('places').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('place_names')
      .selectAll()
      .where('place_id', 'in', ids)
      .orderBy('sort')
      .orderBy('id')
      .execute(),
  ]);
  return ordered(ids, places).map((p) => ({ ...p, names: names.filter((n) => n.place_id === p.id) }));
}

export type PersonWithNames = Person & { names: PersonName[] };
export type OrganisationWithNames = Organisation & { names: OrganisationName[] };
export type PlaceWithNames = Place & { names: PlaceName[] };

function ordered<T extends { id: string }>(ids: readonly string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Organisations that `scope` may read with a name or abbreviation equal to `name` (ignoring case),
 * with their country. Several when the name is shared.
 */
export async function organisationsNamed(db: Kysely<Database>, name: string, scope: VisibilityScope) {
  return db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.country_code', 'o.parent_id'])
    .where(inScope(scope, 'o', true))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('organisation_names as n')
          .select('n.id')
          .whereRef('n.organisation_id', '=', 'o.id')
          .where((eb) =>
            eb.or([
              eb(sql`lower(n.name)`, '=', sql`lower(${name})`),
              eb(sql`lower(n.abbreviation)`, '=', sql`lower(${name})`),
            ]),
          ),
      ),
    )
    .orderBy('o.created_at')
    .orderBy('o.id')
    .limit(20)
    .execute();
}

/** The country code of a country place with a name equal to `name` (ignoring case), if any. */
export async function countryCodeNamed(db: Kysely<Database>, name: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('places as p')
    .innerJoin('place_names as n', 'n.place_id', 'p.id')
    .select('p.country_code')
    .where('p.kind', '=', 'country')
    .where(sql`lower(n.name)`, '=', sql`lower(${name})`)
    .executeTakeFirst();
  return row?.country_code?.trim() || undefined;
}

/** Whether a country place exists for `code`. */
export async function countryPlaceExists(db: Kysely<Database>, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('places')
    .select('id')
    .where('kind', '=', 'country')
    .where('country_code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds names to an organisation after its existing ones. */
export async function addOrganisationNames(
  db: Kysely<Database>,
  organisationId: string,
  names: {
    lang: string;
    name: string;
    abbreviation?: string | null;
    name_type: OrganisationName['name_type'];
  }[],
): Promise<void> {
  if (!names.length) return;
  const last = await db
    .selectFrom('organisation_names')
    .select(sql<number>`coalesce(max(sort), -1)`.as('sort'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('organisation_names')
    .values(names.map((n, i) => ({ ...n, organisation_id: organisationId, sort: Number(last.sort) + 1 + i })))
    .execute();
}

/** Sets the abbreviation of one name of an organisation. */
export async function setNameAbbreviation(db: Kysely<Database>, nameId: string, abbreviation: string) {
  await db.updateTable('organisation_names').set({ abbreviation }).where('id', '=', nameId).execute();
}

/** Adds names to a place after its existing ones. */
export async function addPlaceNames(
  db: Kysely<Database>,
  placeId: string,
  names: Omit<NewPlaceName, 'place_id'>[],
): Promise<void> {
  if (!names.length) return;
  const last = await db
    .selectFrom('place_names')
    .select(sql<number>`coalesce(max(sort), -1)`.as('sort'))
    .where('place_id', '=', placeId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('place_names')
    .values(names.map((n, i) => ({ ...n, place_id: placeId, sort: Number(last.sort) + 1 + i })))
    .execute();
}

/** Marks people as changed (`updated_at`). */
export async function touchPeople(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('people')
    .set({ updated_at: new Date() })
    .where('id', 'in', [...ids])
    .execute();
}

/** The ids of an organisation and every organisation below it. */
export async function selfAndDescendantIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive tree(id) as (
      select ${id}::uuid
      union
      select o.id from organisations o join tree t on o.parent_id = t.id
    )
    select id from tree`.execute(db);
  return rows.map((r) => r.id);
}

/** The first (oldest) email contact of each of these people. */
export async function emailsOf(
  db: Kysely<Database>,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (!personIds.length) return new Map();
  const rows = await db
    .selectFrom('contacts')
    .select(['entity_id', 'value'])
    .where('entity_type', '=', 'person')
    .where('kind', '=', 'email')
    .where('entity_id', 'in', personIds)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.entity_id, r.value]));
}
