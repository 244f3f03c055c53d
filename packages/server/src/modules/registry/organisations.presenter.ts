import type { OrganisationSummary } from './organisations.repository.ts';
import { countryCodeOf, flattenText, presentContact } from './registry.presenter.ts';
import type {
  Contact,
  LocalizedText,
  Organisation,
  OrganisationName,
  Relationship,
} from './registry.table.ts';

/** One stored name of an organisation, as the API shows it. */
export function presentOrganisationName(n: OrganisationName) {
  return {
    id: n.id,
    lang: n.lang,
    name: n.name,
    abbreviation: n.abbreviation,
    nameType: n.name_type,
    validFrom: n.valid_from,
    validTo: n.valid_to,
    translation: n.translation,
  };
}

const current = (n: OrganisationName) => n.valid_to === null;
const englishFirst = (a: OrganisationName, b: OrganisationName) =>
  Number(b.lang === 'en') - Number(a.lang === 'en') || a.sort - b.sort;

/** The label of an organisation: its current English official name, else its first official one. */
export function labelOf(names: OrganisationName[]) {
  const official = names.filter((n) => n.name_type === 'official' && current(n)).sort(englishFirst);
  const withAbbreviation = names.filter((n) => current(n) && n.abbreviation).sort(englishFirst);
  return {
    name: official[0]?.name ?? names[0]?.name ?? '',
    abbreviation: withAbbreviation[0]?.abbreviation ?? null,
  };
}

/**
 * What the audit log keeps of an organisation: its own fields and names, without the related
 * records the detail view gathers (those have their own history entries).
 */
export function organisationSnapshot(org: Organisation, names: OrganisationName[]) {
  return {
    kind: org.kind,
    names: names.map(presentOrganisationName),
    parentId: org.parent_id,
    countryCode: countryCodeOf(org.country_code),
    placeId: org.place_id,
    city: org.city,
    website: org.website,
    foundedYear: org.founded_year,
    communities: org.communities,
    verification: org.verification,
    lastVerifiedOn: org.last_verified_on,
    description: flattenText(org.description as LocalizedText | null),
    visibility: org.visibility,
    ownerOrgId: org.owner_org_id,
  };
}

/** Everything the detail view shows beside the organisation's own row, already filtered for the caller. */
export interface OrganisationRelated {
  names: OrganisationName[];
  parent: OrganisationSummary | null;
  children: OrganisationSummary[];
  owner: OrganisationSummary | null;
  place: { id: string; name: string } | null;
  relationships: { row: Relationship; other: OrganisationSummary }[];
  contacts: Contact[];
  people: {
    personId: string;
    name: string;
    title: LocalizedText;
    fromDate: string | null;
    toDate: string | null;
  }[];
  canEdit: boolean;
}

const ref = (o: { id: string; name: string } | null) => (o ? { id: o.id, name: o.name } : null);

/** An organisation as the detail endpoint shows it. */
export function presentOrganisation(org: Organisation, r: OrganisationRelated) {
  const { name, abbreviation } = labelOf(r.names);
  return {
    id: org.id,
    kind: org.kind,
    name,
    abbreviation,
    names: r.names.map(presentOrganisationName),
    parent: ref(r.parent),
    children: r.children.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
    countryCode: countryCodeOf(org.country_code),
    place: r.place,
    city: org.city,
    website: org.website,
    foundedYear: org.founded_year,
    communities: org.communities,
    verification: org.verification,
    lastVerifiedOn: org.last_verified_on,
    curatedBy: org.kind === 'diaspora_org' ? ref(r.owner) : null,
    description: flattenText(org.description as LocalizedText | null),
    visibility: org.visibility,
    owner: ref(r.owner),
    relationships: r.relationships.map(({ row, other }) => ({
      id: row.id,
      kind: row.kind,
      direction: row.from_org_id === org.id ? ('outgoing' as const) : ('incoming' as const),
      organisation: { id: other.id, name: other.name },
      fromDate: row.from_date,
      toDate: row.to_date,
      note: row.note,
    })),
    contacts: r.contacts.map(presentContact),
    people: r.people.map((p) => ({ ...p, title: flattenText(p.title) ?? {} })),
    canEdit: r.canEdit,
  };
}

/** One row of the organisations list. */
export function presentOrganisationItem(o: {
  id: string;
  name: string | null;
  abbreviation: string | null;
  kind: Organisation['kind'];
  country_code: string | null;
  city: string | null;
  parent_id: string | null;
  communities: string[];
  verification: Organisation['verification'];
  visibility: Organisation['visibility'];
}) {
  return {
    id: o.id,
    name: o.name ?? '',
    abbreviation: o.abbreviation,
    kind: o.kind,
    countryCode: countryCodeOf(o.country_code),
    city: o.city,
    parentId: o.parent_id,
    communities: o.communities,
    verification: o.verification,
    visibility: o.visibility,
  };
}
