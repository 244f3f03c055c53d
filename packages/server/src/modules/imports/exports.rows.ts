import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { labelOf } from '../registry/organisations.presenter.ts';
import { listOrganisations, type OrganisationFilter } from '../registry/organisations.repository.ts';
import { primaryOf } from '../registry/people.presenter.ts';
import { listPeople, namesOfPeople, type PeopleFilter } from '../registry/people.repository.ts';
import { listPlaces, type PlaceFilter } from '../registry/places.repository.ts';
import { positionsOfPeople } from '../registry/positions.repository.ts';
import { countryCodeOf } from '../registry/registry.presenter.ts';
import { canReadRecord, canSeePersonalData, registryReadScope } from '../registry/registry.policy.ts';
import type { LocalizedText } from '../registry/registry.table.ts';
import { foldName } from './imports.columns.ts';
import { placeLabelOf } from './imports.places.ts';
import { emailsOf, organisationsWithNames, placesWithNames } from './imports.repository.ts';

// The rows of each export, in the columns of its import (COLUMNS), page by page, so that an
// export re-imports as "unchanged".

const PAGE = { limit: 500 };

/** `names` without the label and repeats, as the `other_names` cell. */
const otherNames = (label: string, names: readonly string[]) =>
  [...new Set(names.filter((n) => foldName(n) !== foldName(label)))].join('; ');

/** A stored title as one text: the language-neutral one, else English, else the first. */
const titleText = (title: LocalizedText) => (title.und ?? title.en ?? Object.values(title)[0])?.value ?? '';

async function* pages<T>(
  fetch: (page: { limit: number; offset: number }) => Promise<T[]>,
): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += PAGE.limit) {
    const items = await fetch({ ...PAGE, offset });
    if (items.length) yield items;
    if (items.length < PAGE.limit) return;
  }
}

/**
 * People `actor` may read: primary name, other spellings, the first current position it may see
 * (organisation, title, the organisation's country) and, only for the owner body and the
 * secretariat (personal data), the first email.
 */
export async function* peopleRows(db: Kysely<Database>, actor: Actor, filter: PeopleFilter) {
  const scope = registryReadScope(actor);
  for await (const people of pages((page) => listPeople(db, scope, filter, page).then((r) => r.items))) {
    const ids = people.map((p) => p.id);
    const personal = people.filter((p) => canSeePersonalData(actor, p)).map((p) => p.id);
    const [names, positions, emails] = await Promise.all([
      namesOfPeople(db, ids),
      positionsOfPeople(db, ids, { currentOnly: true }),
      emailsOf(db, personal),
    ]);
    const orgs = new Map(
      (await organisationsWithNames(db, [...new Set(positions.map((p) => p.organisation_id))]))
        .filter((o) => canReadRecord(actor, o))
        .map((o) => [o.id, o]),
    );
    for (const person of people) {
      const own = names.filter((n) => n.person_id === person.id);
      const label = primaryOf(own);
      const position = positions.find((p) => p.person_id === person.id && orgs.has(p.organisation_id));
      const org = position ? orgs.get(position.organisation_id) : undefined;
      yield [
        label,
        otherNames(
          label,
          own.map((n) => n.full_name),
        ),
        org ? labelOf(org.names).name : '',
        position ? titleText(position.title as LocalizedText) : '',
        countryCodeOf(org?.country_code ?? null) ?? '',
        emails.get(person.id) ?? '',
      ];
    }
  }
}

/** Organisations `actor` may read, with their parent's label when it may read the parent. */
export async function* organisationRows(db: Kysely<Database>, actor: Actor, filter: OrganisationFilter) {
  const scope = registryReadScope(actor);
  for await (const items of pages((page) =>
    listOrganisations(db, scope, filter, page).then((r) => r.items),
  )) {
    const orgs = await organisationsWithNames(
      db,
      items.map((o) => o.id),
    );
    const parentIds = [...new Set(orgs.flatMap((o) => (o.parent_id ? [o.parent_id] : [])))];
    const parents = new Map(
      (await organisationsWithNames(db, parentIds))
        .filter((p) => canReadRecord(actor, p))
        .map((p) => [p.id, p]),
    );
    for (const org of orgs) {
      const { name, abbreviation } = labelOf(org.names);
      const parent = org.parent_id ? parents.get(org.parent_id) : undefined;
      yield [
        name,
        otherNames(
          name,
          org.names.map((n) => n.name),
        ),
        abbreviation ?? '',
        org.kind,
        countryCodeOf(org.country_code) ?? '',
        org.city ?? '',
        parent ? labelOf(parent.names).name : '',
      ];
    }
  }
}

/** Places of the gazetteer (public). */
export async function* placeRows(db: Kysely<Database>, filter: PlaceFilter) {
  for await (const items of pages((page) => listPlaces(db, filter, 'en', page).then((r) => r.items))) {
    for (const place of await placesWithNames(
      db,
      items.map((p) => p.id),
    )) {
      const label = placeLabelOf(place.names);
      yield [
        label,
        otherNames(
          label,
          place.names.map((n) => n.name),
        ),
        countryCodeOf(place.country_code) ?? '',
        place.kind,
      ];
    }
  }
}
