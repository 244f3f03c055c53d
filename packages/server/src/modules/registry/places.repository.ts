import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { containing } from './organisations.repository.ts';
import type { NewPlace, NewPlaceName, Place, PlaceKind, PlaceName } from './registry.table.ts';

/**
 * The display name of place `pl` in `lang`: a current name before a historical one, then the
 * language asked for, then English, then an official name before others.
 */
export const placeLabel = (lang: string, alias = 'pl'): RawBuilder<string> =>
  sql<string>`(select n.name from place_names n where n.place_id = ${sql.ref(`${alias}.id`)}
    order by (n.valid_to is null) desc, (n.lang = ${lang}) desc, (n.lang = 'en') desc,
    (n.name_type = 'official') desc, n.sort, n.id limit 1)`;

/** Every country of the gazetteer, by its name in `lang`. */
export async function listCountries(db: Kysely<Database>, lang: string) {
  const label = placeLabel(lang);
  return db
    .selectFrom('places as pl')
    .select(['pl.id', 'pl.country_code', 'pl.ots_status', label.as('name')])
    .where('pl.kind', '=', 'country')
    .orderBy(label)
    .execute();
}

export interface PlaceFilter {
  country?: string | undefined;
  kind?: PlaceKind | undefined;
  q?: string | undefined;
}

/** A page of places with the list filters applied, by name in `lang`. */
export async function listPlaces(
  db: Kysely<Database>,
  filter: PlaceFilter,
  lang: string,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('places as pl');
  if (filter.country) query = query.where('pl.country_code', '=', filter.country);
  if (filter.kind) query = query.where('pl.kind', '=', filter.kind);
  if (filter.q) {
    const like = containing(filter.q);
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('place_names as n')
          .select('n.id')
          .whereRef('n.place_id', '=', 'pl.id')
          .where('n.name', 'ilike', like),
      ),
    );
  }
  const label = placeLabel(lang);
  const [items, count] = await Promise.all([
    query
      .select(['pl.id', 'pl.kind', 'pl.country_code', 'pl.parent_id', 'pl.ots_status', label.as('name')])
      .orderBy(label)
      .orderBy('pl.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** One place by id, or undefined. */
export async function findPlace(db: Kysely<Database>, id: string): Promise<Place | undefined> {
  return db.selectFrom('places').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every name of a place, in its order. */
export async function listPlaceNames(db: Kysely<Database>, placeId: string): Promise<PlaceName[]> {
  return db
    .selectFrom('place_names')
    .selectAll()
    .where('place_id', '=', placeId)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

/** Places by id with their name in `lang`. */
export async function placeLabels(db: Kysely<Database>, ids: readonly string[], lang = 'en') {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('places as pl')
    .select(['pl.id', placeLabel(lang).as('name')])
    .where('pl.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name ?? '']));
}

/** Inserts a place (without names); returns the row. */
export async function insertPlace(db: Kysely<Database>, place: NewPlace): Promise<Place> {
  return db.insertInto('places').values(place).returningAll().executeTakeFirstOrThrow();
}

/** Changes the given columns of a place (and its `updated_at`); returns the new row. */
export async function updatePlace(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<NewPlace, 'id' | 'created_at'>>,
): Promise<Place> {
  return db
    .updateTable('places')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces every name of a place; returns the new rows. */
export async function replacePlaceNames(
  db: Kysely<Database>,
  placeId: string,
  names: Omit<NewPlaceName, 'place_id'>[],
): Promise<PlaceName[]> {
  await db.deleteFrom('place_names').where('place_id', '=', placeId).execute();
  return db
    .insertInto('place_names')
    .values(names.map((n, i) => ({ ...n, place_id: placeId, sort: n.sort ?? i })))
    .returningAll()
    .execute();
}

/** The chain of parents above place `id` (its parent first), to refuse a cycle. */
export async function placeAncestorIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with recursive up(id, depth) as (
      select parent_id, 1 from places where id = ${id} and parent_id is not null
      union all
      select p.parent_id, up.depth + 1 from places p join up on p.id = up.id
      where p.parent_id is not null and up.depth < 100
    ) select id from up order by depth`.execute(db);
  return result.rows.map((r) => r.id);
}
