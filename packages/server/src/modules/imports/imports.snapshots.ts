import type { Kysely } from 'kysely';
import type { Contact, Person, PersonName, Position } from '../registry/registry.table.ts';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import { contactsOf, listContacts } from '../registry/contacts.repository.ts';
import { organisationSnapshot } from '../registry/organisations.presenter.ts';
import { findOrganisation, listOrganisationNames } from '../registry/organisations.repository.ts';
import { personSnapshot, positionSnapshot } from '../registry/people.presenter.ts';
import { findPeople, namesOfPeople } from '../registry/people.repository.ts';
import { findPlace, listPlaceNames } from '../registry/places.repository.ts';
import { positionsOfPeople } from '../registry/positions.repository.ts';
import { countryCodeOf, presentContact } from '../registry/registry.presenter.ts';

// What the audit log keeps of a record that an import or a merge changes: the registry's own
// snapshots, plus (for a person) positions and contacts, which an import or merge also changes.

/** A person with names, positions and contacts, as the audit log keeps it; undefined when gone. */
export async function loadPersonSnapshot(db: Kysely<Database>, id: string) {
  return (await loadPersonSnapshots(db, [id])).get(id);
}

/** The snapshot `loadPersonSnapshot` gives, made from a person's rows (in the order given). */
export function personCreatedSnapshot(
  person: Person,
  names: PersonName[],
  positions: Position[],
  contacts: Contact[],
) {
  return {
    id: person.id,
    ...personSnapshot(person, names),
    positions: positions.map(positionSnapshot),
    contacts: contacts.map(presentContact),
  };
}

/** `loadPersonSnapshot` for many people at once (four queries), by id; the missing are left out. */
export async function loadPersonSnapshots(db: Kysely<Database>, ids: readonly string[]) {
  const [people, names, positions, contacts] = await Promise.all([
    findPeople(db, ids),
    namesOfPeople(db, ids),
    positionsOfPeople(db, ids),
    contactsOf(db, 'person', ids),
  ]);
  const namesOf = groupBy(names, (n) => n.person_id);
  const positionsOf = groupBy(positions, (p) => p.person_id);
  const contactsOfPerson = groupBy(contacts, (c) => c.entity_id);
  return new Map(
    people.map((person) => [
      person.id,
      personCreatedSnapshot(
        person,
        namesOf.get(person.id) ?? [],
        positionsOf.get(person.id) ?? [],
        contactsOfPerson.get(person.id) ?? [],
      ),
    ]),
  );
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
