import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../../db/schema.ts';
import { SYSTEM_CONTEXT } from '../../../lib/request-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { replaceNameKeysMany } from '../../search/name-keys.repository.ts';
import type { NewPlace, NewPlaceName, PlaceNamesTable } from '../registry.table.ts';
import { GAZETTEER, type GazetteerPlace } from './gazetteer.data.ts';
import {
  countryIdsByCode,
  editedPlaceIds,
  insertPlaceNames,
  insertPlaces,
  lockGazetteerSeed,
  namesOfPlaces,
  placeIdsBySlug,
} from './gazetteer.repository.ts';

/** What one seeding inserted. */
export interface GazetteerSeedResult {
  places: number;
  names: number;
}

type Script = PlaceNamesTable['script'];

/** The script of a name: Latn, Cyrl or Arab when every letter is of that script, else other. */
export function scriptOf(text: string): Script {
  // Modifier letters such as the Uzbek ʻ (U+02BB) belong to no script and do not count.
  const letters = (text.match(/\p{L}/gu) ?? []).filter((c) => !/\p{Script=Common}/u.test(c));
  const all = (re: RegExp) => letters.length > 0 && letters.every((c) => re.test(c));
  if (all(/\p{Script=Latin}/u)) return 'Latn';
  if (all(/\p{Script=Cyrillic}/u)) return 'Cyrl';
  if (all(/\p{Script=Arabic}/u)) return 'Arab';
  return 'other';
}

/**
 * Makes sure the reference gazetteer (countries, the TRNC, cities, with their names and match keys)
 * is in the database, in one transaction with one audit entry per kind of change:
 * - inserts every place whose slug is missing (`gazetteer.seeded`); a country already recorded under
 *   another slug is reused as the parent of its cities;
 * - adds the reference names that a seeded place lacks, e.g. names added to the data in a later
 *   version (`gazetteer.names-added`), unless the place has been edited since it was seeded: an
 *   editor's changes, removals included, win over the reference data.
 * Reference data: runs at every start, demo or not; when nothing is missing it costs two queries.
 * @throws whatever the database throws; nothing is then committed.
 */
export async function seedGazetteer(
  db: Kysely<Database>,
  log: Logger,
  places: readonly GazetteerPlace[] = GAZETTEER,
): Promise<GazetteerSeedResult> {
  const slugs = places.map((p) => p.slug);
  const seeded = await placeIdsBySlug(db, slugs);
  if (seeded.size === slugs.length && !(await missingNames(db, places, seeded)).length) {
    log.debug('gazetteer: complete, nothing inserted');
    return { places: 0, names: 0 };
  }
  const result = await db.transaction().execute(async (trx) => {
    await lockGazetteerSeed(trx);
    const ids = await placeIdsBySlug(trx, slugs);
    const lacking = await missingNames(trx, places, ids);
    const inserted = await insertMissingPlaces(trx, places, ids);
    const added = await insertNames(trx, lacking);
    return { places: inserted.places, names: inserted.names + added };
  });
  if (result.places || result.names) log.info(result, 'gazetteer seeded');
  return result;
}

/** Inserts the places whose slug `ids` lacks, with names and keys; adds their ids to `ids`. */
async function insertMissingPlaces(
  trx: Kysely<Database>,
  places: readonly GazetteerPlace[],
  ids: Map<string, string>,
): Promise<GazetteerSeedResult> {
  const countries = await countryIdsByCode(trx);
  const missing: { place: GazetteerPlace; id: string }[] = [];
  for (const place of places) {
    if (ids.has(place.slug)) continue;
    const existingCountry = place.kind === 'country' && place.countryCode && countries.get(place.countryCode);
    if (existingCountry) {
      ids.set(place.slug, existingCountry);
      continue;
    }
    const id = randomUUID();
    ids.set(place.slug, id);
    missing.push({ place, id });
  }
  if (!missing.length) return { places: 0, names: 0 };
  await insertPlaces(
    trx,
    missing.map(({ place, id }) => placeRow(place, id, ids)),
  );
  const names = await insertPlaceNames(
    trx,
    missing.flatMap(({ place, id }) => nameRows(place, id)),
  );
  await refreshKeys(
    trx,
    missing.map(({ id }) => id),
  );
  const counts = { places: missing.length, names: names.length };
  await recordAudit(trx, SYSTEM_CONTEXT, {
    action: 'gazetteer.seeded',
    entityType: 'place',
    entityId: null,
    after: { ...counts, slugs: missing.map(({ place }) => place.slug) },
  });
  return counts;
}

interface LackingName {
  place: GazetteerPlace;
  placeId: string;
  row: NewPlaceName;
}

/**
 * The reference names (same language and text) missing from the seeded places in `seeded`, except on
 * places edited since they were seeded, each with the sort position after the place's own names.
 */
async function missingNames(
  db: Kysely<Database>,
  places: readonly GazetteerPlace[],
  seeded: ReadonlyMap<string, string>,
): Promise<LackingName[]> {
  const existing = await namesOfPlaces(db, [...seeded.values()]);
  const have = new Set(existing.map((n) => `${n.place_id}\t${n.lang}\t${n.name}`));
  const lastSort = new Map<string, number>();
  for (const n of existing) lastSort.set(n.place_id, Math.max(n.sort, lastSort.get(n.place_id) ?? -1));
  const lacking: LackingName[] = [];
  for (const place of places) {
    const placeId = seeded.get(place.slug);
    if (!placeId) continue;
    for (const row of nameRows(place, placeId)) {
      if (have.has(`${placeId}\t${row.lang}\t${row.name}`)) continue;
      const sort = (lastSort.get(placeId) ?? -1) + 1;
      lastSort.set(placeId, sort);
      lacking.push({ place, placeId, row: { ...row, sort } });
    }
  }
  if (!lacking.length) return lacking;
  const edited = await editedPlaceIds(db, [...new Set(lacking.map((l) => l.placeId))]);
  return lacking.filter((l) => !edited.has(l.placeId));
}

/** Inserts names missing from seeded places, refreshes those places' keys; returns how many. */
async function insertNames(trx: Kysely<Database>, lacking: readonly LackingName[]): Promise<number> {
  if (!lacking.length) return 0;
  await insertPlaceNames(
    trx,
    lacking.map((l) => l.row),
  );
  const placeIds = [...new Set(lacking.map((l) => l.placeId))];
  await refreshKeys(trx, placeIds);
  await recordAudit(trx, SYSTEM_CONTEXT, {
    action: 'gazetteer.names-added',
    entityType: 'place',
    entityId: null,
    after: {
      names: lacking.length,
      slugs: [...new Set(lacking.map((l) => l.place.slug))],
    },
  });
  return lacking.length;
}

/** Rewrites the match keys of these places from all their names. */
async function refreshKeys(trx: Kysely<Database>, placeIds: readonly string[]): Promise<void> {
  const byPlace = new Map<string, { id: string; text: string }[]>();
  for (const n of await namesOfPlaces(trx, placeIds))
    byPlace.set(n.place_id, [...(byPlace.get(n.place_id) ?? []), { id: n.id, text: n.name }]);
  await replaceNameKeysMany(
    trx,
    'place',
    placeIds.map((id) => ({ entityId: id, spellings: byPlace.get(id) ?? [] })),
  );
}

function placeRow(place: GazetteerPlace, id: string, ids: ReadonlyMap<string, string>): NewPlace {
  const parentId = place.parent ? ids.get(place.parent) : undefined;
  if (place.parent && !parentId) throw new Error(`gazetteer: ${place.slug} is listed before ${place.parent}`);
  return {
    id,
    slug: place.slug,
    kind: place.kind,
    country_code: place.countryCode,
    parent_id: parentId ?? null,
    ots_status: place.otsStatus ?? null,
    latitude: place.latitude ?? null,
    longitude: place.longitude ?? null,
    time_zone: place.timeZone,
  };
}

function nameRows(place: GazetteerPlace, placeId: string): NewPlaceName[] {
  return place.names.map((n, sort) => ({
    place_id: placeId,
    lang: n.lang,
    script: scriptOf(n.name),
    name: n.name,
    name_type: n.type ?? 'official',
    valid_from: n.from ?? null,
    valid_to: n.to ?? null,
    sort,
  }));
}
