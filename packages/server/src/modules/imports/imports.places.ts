import { matchKeys } from '@kopru/turkic';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertPlace, listPlaceNames, updatePlace } from '../registry/places.repository.ts';
import { scriptOf } from '../registry/registry.presenter.ts';
import type { PlaceKind, PlaceName } from '../registry/registry.table.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import { foldName, type RowValues, splitNames } from './imports.columns.ts';
import { auditRow, checkLength, type ImportContext, RowError, resolveCountry } from './imports.context.ts';
import { type MatchCandidate, matchRow, missingSpellings } from './imports.matching.ts';
import { MAX_CANDIDATES } from './imports.people.ts';
import {
  addPlaceNames,
  countryPlaceExists,
  findCandidateIds,
  type PlaceWithNames,
  placesWithNames,
} from './imports.repository.ts';
import type { ImportRow } from './imports.schema.ts';
import { loadPlaceSnapshot } from './imports.snapshots.ts';

const PLACE_KINDS: readonly PlaceKind[] = ['country', 'region', 'city', 'other'];

interface PlaceData {
  name: string;
  otherNames: string[];
  country: string | null;
  kind: PlaceKind | null;
}

/** The label of a place: its official English name, else its first official one, else its first. */
export function placeLabelOf(names: readonly PlaceName[]): string {
  const official = names.filter((n) => n.name_type === 'official');
  return (official.find((n) => n.lang === 'en') ?? official[0] ?? names[0])?.name ?? '';
}

async function readPlace(ic: ImportContext, v: RowValues<'places'>): Promise<PlaceData> {
  if (!v.name) throw new RowError('name: empty');
  checkLength('name', v.name, 500);
  const otherNames = splitNames(v.other_names).filter((n) => foldName(n) !== foldName(v.name));
  for (const name of otherNames) checkLength('other_names', name, 500);
  if (otherNames.length > 50) throw new RowError('other_names: more than 50 names');
  const kind = v.kind ? PLACE_KINDS.find((k) => k === v.kind.toLowerCase()) : null;
  if (kind === undefined) throw new RowError(`kind: "${v.kind}" is not one of ${PLACE_KINDS.join(', ')}`);
  return { name: v.name, otherNames, kind, country: v.country ? await resolveCountry(ic, v.country) : null };
}

async function syncPlaceKeys(db: Kysely<Database>, id: string): Promise<void> {
  const names = await listPlaceNames(db, id);
  await replaceNameKeys(
    db,
    'place',
    id,
    names.map((n) => ({ id: n.id, text: n.name })),
  );
}

const nameRows = (names: string[], nameType: 'official' | 'alias') =>
  names.map((name) => ({ lang: 'und', script: scriptOf(name), name, name_type: nameType }));

async function candidatesFor(ic: ImportContext, data: PlaceData) {
  const spellings = [data.name, ...data.otherNames];
  const keys = [...new Set(spellings.flatMap((s) => matchKeys(s)))];
  const places = await placesWithNames(
    ic.db,
    await findCandidateIds(ic.db, 'place', keys, ic.scope, MAX_CANDIDATES),
  );
  // Places of the same name in two countries (or a city and a region) are two places.
  return places
    .filter((p) => !data.country || !p.country_code || p.country_code.trim() === data.country)
    .filter((p) => !data.kind || p.kind === data.kind)
    .map(
      (p): MatchCandidate<PlaceWithNames> => ({
        id: p.id,
        label: placeLabelOf(p.names),
        spellings: p.names.map((n) => n.name),
        record: p,
      }),
    );
}

async function createPlace(ic: ImportContext, data: PlaceData): Promise<string> {
  const kind = data.kind ?? 'city';
  if (kind === 'country') {
    if (!data.country) throw new RowError('country: a country needs its code');
    if (await countryPlaceExists(ic.db, data.country)) {
      throw new RowError(`name: the gazetteer already has the country ${data.country}`);
    }
  }
  const place = await insertPlace(ic.db, { kind, country_code: data.country });
  await addPlaceNames(ic.db, place.id, [
    ...nameRows([data.name], 'official'),
    ...nameRows(data.otherNames, 'alias'),
  ]);
  await syncPlaceKeys(ic.db, place.id);
  if (ic.commit) {
    const after = await loadPlaceSnapshot(ic.db, place.id);
    await auditRow(ic, { action: 'place.created', entityType: 'place', entityId: place.id, after });
  }
  return place.id;
}

/** Adds the row's other spellings (and a missing country) to a place; false when it has them all. */
async function completePlace(ic: ImportContext, place: PlaceWithNames, data: PlaceData): Promise<boolean> {
  const names = missingSpellings(
    [data.name, ...data.otherNames],
    place.names.map((n) => n.name),
  );
  const country = data.country && !place.country_code ? data.country : null;
  if (!names.length && !country) return false;
  const before = ic.commit ? await loadPlaceSnapshot(ic.db, place.id) : undefined;
  if (country) await updatePlace(ic.db, place.id, { country_code: country });
  await addPlaceNames(ic.db, place.id, nameRows(names, 'alias'));
  await syncPlaceKeys(ic.db, place.id);
  if (ic.commit) {
    const after = await loadPlaceSnapshot(ic.db, place.id);
    await auditRow(ic, { action: 'place.updated', entityType: 'place', entityId: place.id, before, after });
  }
  return true;
}

/**
 * Imports one row of a places file into the gazetteer: the same place (a stored name equals
 * `name`, of the same kind, in no other country) is left unchanged or gets the row's other names;
 * a likely other spelling is a duplicate, handled by the row's decision; anything else is created
 * (a city unless `kind` says otherwise).
 * @throws RowError with the reason the row cannot be imported
 */
export async function importPlaceRow(
  ic: ImportContext,
  row: number,
  v: RowValues<'places'>,
): Promise<ImportRow> {
  const data = await readPlace(ic, v);
  const match = matchRow(data.name, [data.name, ...data.otherNames], await candidatesFor(ic, data));
  if (match.kind === 'same') {
    const place = match.candidate.record;
    return { row, status: (await completePlace(ic, place, data)) ? 'updated' : 'unchanged', id: place.id };
  }
  if (match.kind === 'duplicate') {
    const decision = ic.decide(row);
    const { candidate, score } = match;
    const base: ImportRow = {
      row,
      status: 'duplicate',
      duplicateOf: { id: candidate.id, label: candidate.label, score },
      decision,
    };
    if (decision === 'skip') return base;
    if (decision === 'create') return { ...base, id: await createPlace(ic, data) };
    await completePlace(ic, candidate.record, data);
    return { ...base, id: candidate.id };
  }
  return { row, status: 'created', id: await createPlace(ic, data) };
}
