import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { listContacts } from '../registry/contacts.repository.ts';
import { organisationSnapshot } from '../registry/organisations.presenter.ts';
import { findOrganisation, listOrganisationNames } from '../registry/organisations.repository.ts';
import { personSnapshot, positionSnapshot } from '../registry/people.presenter.ts';
import { findPerson, namesOfPeople } from '../registry/people.repository.ts';
import { findPlace, listPlaceNames } from '../registry/places.repository.ts';
import { positionsOfPeople } from '../registry/positions.repository.ts';
import { countryCodeOf, presentContact } from '../registry/registry.presenter.ts';

// What the audit log keeps of a record that an import or a merge changes: the registry's own
// snapshots, plus (for a person) positions and contacts, which an import or merge also changes.

/** A person with names, positions and contacts, as the audit log keeps it; undefined when gone. */
export async function loadPersonSnapshot(db: Kysely<Database>, id: string) {
  const person = await findPerson(db, id);
  if (!person) return undefined;
  const [names, positions, contacts] = await Promise.all([
    namesOfPeople(db, [id]),
    positionsOfPeople(db, [id]),
    listContacts(db, 'person', id),
  ]);
  return {
    id,
    ...personSnapshot(person, names),
    positions: positions.map(positionSnapshot),
    contacts: contacts.map(presentContact),
  };
}

/** An organisation with its names, as the audit log keeps it; undefined when gone. */
export async function loadOrganisationSnapshot(db: Kysely<Database>, id: string) {
  const org = await findOrganisation(db, id);
  if (!org) return undefined;
  const contacts = await listContacts(db, 'organisation', id);
  return {
    id,
    ...organisationSnapshot(org, await listOrganisationNames(db, id)),
    contacts: contacts.map(presentContact),
  };
}

/** A place with its names, as the audit log keeps it; undefined when gone. */
export async function loadPlaceSnapshot(db: Kysely<Database>, id: string) {
  const place = await findPlace(db, id);
  if (!place) return undefined;
  const names = await listPlaceNames(db, id);
  return {
    id,
    kind: place.kind,
    countryCode: countryCodeOf(place.country_code),
    parentId: place.parent_id,
    names: names.map((n) => ({ lang: n.lang, script: n.script, name: n.name, nameType: n.name_type })),
  };
}
