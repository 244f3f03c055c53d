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
  insertPlaceNames,
  insertPlaces,
  lockGazetteerSeed,
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
 * is in the database: inserts every place whose slug is missing, in one transaction with one
 * `gazetteer.seeded` audit entry, and leaves existing places (and any edits made to them) alone.
 * A country already recorded under another slug is reused as the parent of its cities. Reference
 * data: runs at every start, demo or not; when nothing is missing it costs one query.
 * @throws whatever the database throws; nothing is then committed.
 */
export async function seedGazetteer(
  db: Kysely<Database>,
  log: Logger,
  places: readonly GazetteerPlace[] = GAZETTEER,
): Promise<GazetteerSeedResult> {
  const slugs = places.map((p) => p.slug);
  if ((await placeIdsBySlug(db, slugs)).size === slugs.length) {
    log.debug('gazetteer: complete, nothing inserted');
    return { places: 0, names: 0 };
  }
  const result = await db.transaction().execute(async (trx) => {
    await lockGazetteerSeed(trx);
    const ids = await placeIdsBySlug(trx, slugs);
    const countries = await countryIdsByCode(trx);
    const missing: { place: GazetteerPlace; id: string }[] = [];
    for (const place of places) {
      if (ids.has(place.slug)) continue;
      const existingCountry =
        place.kind === 'country' && place.countryCode && countries.get(place.countryCode);
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
    const byPlace = new Map<string, { id: string; text: string }[]>();
    for (const n of names)
      byPlace.set(n.place_id, [...(byPlace.get(n.place_id) ?? []), { id: n.id, text: n.name }]);
    await replaceNameKeysMany(
      trx,
      'place',
      missing.map(({ id }) => ({ entityId: id, spellings: byPlace.get(id) ?? [] })),
    );
    const counts = { places: missing.length, names: names.length };
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'gazetteer.seeded',
      entityType: 'place',
      entityId: null,
      after: { ...counts, slugs: missing.map(({ place }) => place.slug) },
    });
    return counts;
  });
  if (result.places) log.info(result, 'gazetteer seeded');
  return result;
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
