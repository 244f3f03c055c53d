import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { NewPlace, NewPlaceName } from '../registry.table.ts';

/**
 * Waits for, then holds until the transaction ends, the lock that serialises gazetteer seeding, so
 * two servers starting on one database do not both insert.
 */
export async function lockGazetteerSeed(trx: Kysely<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('kopru.gazetteer-seed'))`.execute(trx);
}

/** The ids of the places with these slugs, by slug (slugs not found are absent). */
export async function placeIdsBySlug(
  db: Kysely<Database>,
  slugs: readonly string[],
): Promise<Map<string, string>> {
  if (!slugs.length) return new Map();
  const rows = await db
    .selectFrom('places')
    .select(['id', 'slug'])
    .where('slug', 'in', [...slugs])
    .execute();
  return new Map(rows.map((r) => [r.slug as string, r.id]));
}

/** The ids of the country records, by ISO code (whatever their slug). */
export async function countryIdsByCode(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('places')
    .select(['id', 'country_code'])
    .where('kind', '=', 'country')
    .where('country_code', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [(r.country_code as string).trim(), r.id]));
}

/** Inserts places (a row may name as parent a row of the same batch). */
export async function insertPlaces(db: Kysely<Database>, places: readonly NewPlace[]): Promise<void> {
  if (places.length)
    await db
      .insertInto('places')
      .values([...places])
      .execute();
}

/** Inserts place names; returns each new row's id, place and text. */
export async function insertPlaceNames(
  db: Kysely<Database>,
  names: readonly NewPlaceName[],
): Promise<{ id: string; place_id: string; name: string }[]> {
  if (!names.length) return [];
  return db
    .insertInto('place_names')
    .values([...names])
    .returning(['id', 'place_id', 'name'])
    .execute();
}

/** Every name of these places: its row id, place, language, text and sort position. */
export async function namesOfPlaces(
  db: Kysely<Database>,
  placeIds: readonly string[],
): Promise<{ id: string; place_id: string; lang: string; name: string; sort: number }[]> {
  if (!placeIds.length) return [];
  return db
    .selectFrom('place_names')
    .select(['id', 'place_id', 'lang', 'name', 'sort'])
    .where('place_id', 'in', [...placeIds])
    .execute();
}

/** Of these places, those the audit log shows as written by anything but the gazetteer seeding. */
export async function editedPlaceIds(
  db: Kysely<Database>,
  placeIds: readonly string[],
): Promise<Set<string>> {
  if (!placeIds.length) return new Set();
  const rows = await db
    .selectFrom('audit_log')
    .select('entity_id')
    .distinct()
    .where('entity_type', '=', 'place')
    .where('entity_id', 'in', [...placeIds])
    .where('action', 'not like', 'gazetteer.%')
    .execute();
  return new Set(rows.map((r) => r.entity_id as string));
}
