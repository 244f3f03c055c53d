import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { scriptOf } from '../registry/registry.presenter.ts';
import type { OrganisationKind, PlaceKind, Visibility } from '../registry/registry.table.ts';
import { replaceNameKeys, type SpellingRef } from './name-keys.repository.ts';

// Records with names and match keys, written the way the registry writes them (names, then
// replaceNameKeys in the same transaction). For tests and benchmarks of search.

export { scriptOf };

export interface PersonFixture {
  /** Spellings; the first is the primary name unless another says `primary`. */
  names: readonly (string | { fullName: string; primary?: boolean; lang?: string })[];
  visibility?: Visibility;
  ownerOrgId?: string | null;
}

/** Inserts a person with every spelling and its match keys; returns the id. */
export async function insertSearchablePerson(db: Kysely<Database>, person: PersonFixture): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('people')
      .values({ visibility: person.visibility ?? 'public', owner_org_id: person.ownerOrgId ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const names = person.names.map((n) => (typeof n === 'string' ? { fullName: n } : n));
    const anyPrimary = names.some((n) => 'primary' in n && n.primary);
    const rows = await trx
      .insertInto('person_names')
      .values(
        names.map((n, i) => ({
          person_id: id,
          full_name: n.fullName,
          script: scriptOf(n.fullName),
          lang: ('lang' in n && n.lang) || null,
          is_primary: anyPrimary ? Boolean('primary' in n && n.primary) : i === 0,
        })),
      )
      .returning(['id', 'full_name'])
      .execute();
    await replaceNameKeys(
      trx,
      'person',
      id,
      rows.map((r) => ({ id: r.id, text: r.full_name })),
    );
    return id;
  });
}

export interface OrganisationNameFixture {
  name: string;
  lang?: string;
  abbreviation?: string;
  nameType?: 'official' | 'short' | 'former' | 'alias';
  validTo?: string;
}

export interface OrganisationFixture {
  names: readonly (string | OrganisationNameFixture)[];
  kind?: OrganisationKind;
  visibility?: Visibility;
  ownerOrgId?: string | null;
}

/** Inserts an organisation with its names (and abbreviations) and their match keys; returns the id. */
export async function insertSearchableOrganisation(
  db: Kysely<Database>,
  organisation: OrganisationFixture,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('organisations')
      .values({
        kind: organisation.kind ?? 'diaspora_org',
        visibility: organisation.visibility ?? 'public',
        owner_org_id: organisation.ownerOrgId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const names = organisation.names.map((n) => (typeof n === 'string' ? { name: n } : n));
    const rows = await trx
      .insertInto('organisation_names')
      .values(
        names.map((n, i) => ({
          organisation_id: id,
          name: n.name,
          lang: n.lang ?? 'en',
          abbreviation: n.abbreviation ?? null,
          name_type: n.nameType ?? 'official',
          valid_to: n.validTo ?? null,
          sort: i,
        })),
      )
      .returning(['id', 'name', 'abbreviation'])
      .execute();
    const spellings: SpellingRef[] = rows.flatMap((r) => [
      { id: r.id, text: r.name },
      ...(r.abbreviation ? [{ id: r.id, text: r.abbreviation }] : []),
    ]);
    await replaceNameKeys(trx, 'organisation', id, spellings);
    return id;
  });
}

export interface PlaceNameFixture {
  name: string;
  lang?: string;
  nameType?: 'official' | 'short' | 'historical' | 'foreign' | 'alias';
  validTo?: string;
}

export interface PlaceFixture {
  names: readonly (string | PlaceNameFixture)[];
  kind?: PlaceKind;
  countryCode?: string | null;
}

/** Inserts a place with its names and their match keys; returns the id. */
export async function insertSearchablePlace(db: Kysely<Database>, place: PlaceFixture): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('places')
      .values({ kind: place.kind ?? 'city', country_code: place.countryCode ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const names = place.names.map((n) => (typeof n === 'string' ? { name: n } : n));
    const rows = await trx
      .insertInto('place_names')
      .values(
        names.map((n, i) => ({
          place_id: id,
          name: n.name,
          lang: n.lang ?? 'en',
          script: scriptOf(n.name),
          name_type: n.nameType ?? 'official',
          valid_to: n.validTo ?? null,
          sort: i,
        })),
      )
      .returning(['id', 'name'])
      .execute();
    await replaceNameKeys(
      trx,
      'place',
      id,
      rows.map((r) => ({ id: r.id, text: r.name })),
    );
    return id;
  });
}
