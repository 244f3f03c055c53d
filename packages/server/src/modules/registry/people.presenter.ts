import type { OrganisationSummary } from './organisations.repository.ts';
import { flattenText, presentContact } from './registry.presenter.ts';
import type { Contact, LocalizedText, Person, PersonName, Position } from './registry.table.ts';

/** One spelling of a person's name, as the API shows it. */
export function presentPersonName(n: PersonName) {
  return {
    id: n.id,
    fullName: n.full_name,
    givenName: n.given_name,
    familyName: n.family_name,
    script: n.script,
    lang: n.lang,
    source: n.source,
    isPrimary: n.is_primary,
  };
}

/** The primary spelling (or, failing one, the first). */
export const primaryOf = (names: PersonName[]) =>
  (names.find((n) => n.is_primary) ?? names[0])?.full_name ?? '';

/** One position as the API shows it, given its organisation. */
export function presentPosition(p: Position, organisation: OrganisationSummary | undefined) {
  return {
    id: p.id,
    title: flattenText(p.title as LocalizedText) ?? {},
    organisation: { id: p.organisation_id, name: organisation?.name ?? '' },
    fromDate: p.from_date,
    toDate: p.to_date,
  };
}

/** What the audit log keeps of a person: names, owner and visibility (positions have their own entries). */
export function personSnapshot(person: Person, names: PersonName[]) {
  return {
    names: names.map(presentPersonName),
    ownerOrgId: person.owner_org_id,
    visibility: person.visibility,
  };
}

/** What the audit log keeps of a position. */
export function positionSnapshot(p: Position) {
  return {
    id: p.id,
    title: flattenText(p.title as LocalizedText),
    organisationId: p.organisation_id,
    fromDate: p.from_date,
    toDate: p.to_date,
  };
}

/** A person as the detail endpoint shows it; `positions` and `contacts` already filtered for the caller. */
export function presentPerson(
  person: Person,
  r: {
    names: PersonName[];
    positions: Position[];
    organisations: Map<string, OrganisationSummary>;
    contacts: Contact[];
    owner: OrganisationSummary | null;
    canEdit: boolean;
  },
) {
  return {
    id: person.id,
    name: primaryOf(r.names),
    names: r.names.map(presentPersonName),
    positions: r.positions.map((p) => presentPosition(p, r.organisations.get(p.organisation_id))),
    contacts: r.contacts.map(presentContact),
    visibility: person.visibility,
    owner: r.owner ? { id: r.owner.id, name: r.owner.name } : null,
    canEdit: r.canEdit,
  };
}
