import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import {
  findPlace,
  insertPlace,
  listCountries,
  listPlaceNames,
  listPlaces,
  type PlaceFilter,
  placeAncestorIds,
  replacePlaceNames,
  updatePlace,
} from './places.repository.ts';
import type { PlaceCreate, PlaceNameInput, PlaceUpdate } from './places.schema.ts';
import { countryCodeOf, scriptOf } from './registry.presenter.ts';
import { invalidField, referencedPlace } from './registry.references.ts';
import type { NewPlace, Place, PlaceName } from './registry.table.ts';

/** Every country, named in `lang` (falling back to English), with its OTS status. */
export async function browseCountries(deps: AppDeps, lang: string) {
  const rows = await listCountries(deps.db, lang);
  return {
    total: rows.length,
    items: rows.map((r) => ({
      code: countryCodeOf(r.country_code) ?? '',
      name: r.name ?? '',
      otsStatus: r.ots_status ?? 'none',
      placeId: r.id,
    })),
  };
}

/** A page of places, named in `lang`. */
export async function browsePlaces(
  deps: AppDeps,
  filter: PlaceFilter,
  lang: string,
  page: { limit: number; offset: number },
) {
  const { items, total } = await listPlaces(deps.db, filter, lang, page);
  return {
    total,
    items: items.map((p) => ({
      id: p.id,
      kind: p.kind,
      countryCode: countryCodeOf(p.country_code),
      name: p.name ?? '',
      parentId: p.parent_id,
      otsStatus: p.ots_status,
    })),
  };
}

/** A place with every name, as the API shows it (and the audit log keeps it). */
function presentPlace(p: Place, names: PlaceName[]) {
  return {
    id: p.id,
    kind: p.kind,
    countryCode: countryCodeOf(p.country_code),
    parentId: p.parent_id,
    latitude: p.latitude,
    longitude: p.longitude,
    timeZone: p.time_zone,
    otsStatus: p.ots_status,
    names: names.map((n) => ({
      id: n.id,
      lang: n.lang,
      script: n.script,
      name: n.name,
      nameType: n.name_type,
      validFrom: n.valid_from,
      validTo: n.valid_to,
    })),
  };
}

/**
 * One place with all its names.
 * @throws AppError NOT_FOUND
 */
export async function showPlace(deps: AppDeps, id: string) {
  const place = await findPlace(deps.db, id);
  if (!place) throw notFound('The place');
  return presentPlace(place, await listPlaceNames(deps.db, id));
}

/** Writes a place's names and, in the same transaction, their search keys. */
async function writeNames(trx: Kysely<Database>, placeId: string, names: PlaceNameInput[]) {
  const rows = await replacePlaceNames(
    trx,
    placeId,
    names.map((n) => ({
      lang: n.lang,
      script: n.script ?? scriptOf(n.name),
      name: n.name,
      name_type: n.nameType,
      valid_from: n.validFrom ?? null,
      valid_to: n.validTo ?? null,
    })),
  );
  await replaceNameKeys(
    trx,
    'place',
    placeId,
    rows.map((r) => ({ id: r.id, text: r.name })),
  );
  return rows;
}

const columnsOf = (input: PlaceUpdate): Partial<NewPlace> => ({
  ...(input.kind !== undefined ? { kind: input.kind } : {}),
  ...(input.countryCode !== undefined ? { country_code: input.countryCode } : {}),
  ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
  ...(input.timeZone !== undefined ? { time_zone: input.timeZone } : {}),
  ...(input.latitude !== undefined ? { latitude: input.latitude } : {}),
  ...(input.longitude !== undefined ? { longitude: input.longitude } : {}),
  ...(input.otsStatus !== undefined ? { ots_status: input.otsStatus } : {}),
});

async function checkParent(trx: Kysely<Database>, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  await referencedPlace(trx, parentId, 'body.parentId');
  if (selfId && (parentId === selfId || (await placeAncestorIds(trx, parentId)).includes(selfId))) {
    throw invalidField('body.parentId', 'would make the place its own ancestor');
  }
}

/**
 * Adds a place to the gazetteer with its names (and search keys), audited.
 * @throws AppError VALIDATION_FAILED for an unknown parent; ALREADY_EXISTS for a second country record
 */
export async function createPlace(deps: AppDeps, ctx: RequestContext, input: PlaceCreate) {
  return deps.db.transaction().execute(async (trx) => {
    await checkParent(trx, input.parentId);
    const place = await insertPlace(trx, { ...columnsOf(input), kind: input.kind });
    const view = presentPlace(place, await writeNames(trx, place.id, input.names));
    await recordAudit(trx, ctx, {
      action: 'place.created',
      entityType: 'place',
      entityId: place.id,
      after: view,
    });
    return view;
  });
}

/**
 * Changes a place (names replace the whole set), audited with before and after.
 * @throws AppError NOT_FOUND; VALIDATION_FAILED; ALREADY_EXISTS
 */
export async function changePlace(deps: AppDeps, ctx: RequestContext, id: string, input: PlaceUpdate) {
  return deps.db.transaction().execute(async (trx) => {
    const current = await findPlace(trx, id);
    if (!current) throw notFound('The place');
    await checkParent(trx, input.parentId, id);
    const oldNames = await listPlaceNames(trx, id);
    const place = await updatePlace(trx, id, columnsOf(input));
    const names = input.names ? await writeNames(trx, id, input.names) : oldNames;
    const view = presentPlace(place, names);
    await recordAudit(trx, ctx, {
      action: 'place.updated',
      entityType: 'place',
      entityId: id,
      before: presentPlace(current, oldNames),
      after: view,
    });
    return view;
  });
}
