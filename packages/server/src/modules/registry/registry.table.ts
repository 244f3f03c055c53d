import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Visibility = 'public' | 'network' | 'owner';
export type OrganisationKind = 'international_org' | 'state_body' | 'diaspora_org' | 'other';
/** Text written by people, per language: `{ en: { value, status } }`. */
export type LocalizedText = Record<string, { value: string; status: 'original' | 'human' | 'needs_review' }>;

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string | null;
  kind: OrganisationKind;
  parent_id: string | null;
  country_code: string | null;
  city: string | null;
  founded_year: number | null;
  website: string | null;
  owner_org_id: string | null;
  visibility: Generated<Visibility>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  place_id: string | null;
  /** Communities a diaspora organisation serves, as language codes: az, tr, kk, ky, uz, tk, tt, … */
  communities: ColumnType<string[], string[] | undefined, string[]>;
  verification: 'submitted' | 'verified' | 'archived' | null;
  last_verified_on: string | null;
  description: ColumnType<LocalizedText | null, string | null | undefined, string | null>;
}

export interface OrganisationNamesTable {
  id: Generated<string>;
  organisation_id: string;
  lang: string;
  name: string;
  abbreviation: string | null;
  name_type: Generated<'official' | 'short' | 'former' | 'alias'>;
  valid_from: string | null;
  valid_to: string | null;
  translation: Generated<'original' | 'human' | 'needs_review'>;
  sort: Generated<number>;
}

export interface PeopleTable {
  id: Generated<string>;
  slug: string | null;
  owner_org_id: string | null;
  visibility: Generated<Visibility>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PersonNamesTable {
  id: Generated<string>;
  person_id: string;
  full_name: string;
  given_name: string | null;
  family_name: string | null;
  script: 'Latn' | 'Cyrl' | 'Arab' | 'other';
  lang: string | null;
  source: Generated<'native' | 'latin' | 'ru_cyrillic' | 'press' | 'passport' | 'other'>;
  is_primary: Generated<boolean>;
}

export interface PositionsTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  title: ColumnType<LocalizedText, string, string>;
  from_date: string | null;
  to_date: string | null;
  created_at: CreatedAt;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'other';

export interface PlacesTable {
  id: Generated<string>;
  slug: string | null;
  kind: PlaceKind;
  country_code: string | null;
  parent_id: string | null;
  ots_status: 'member' | 'observer' | 'none' | null;
  latitude: number | null;
  longitude: number | null;
  time_zone: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PlaceNamesTable {
  id: Generated<string>;
  place_id: string;
  lang: string;
  script: 'Latn' | 'Cyrl' | 'Arab' | 'other';
  name: string;
  name_type: Generated<'official' | 'short' | 'historical' | 'foreign' | 'alias'>;
  valid_from: string | null;
  valid_to: string | null;
  sort: Generated<number>;
}

export interface OrganisationRelationshipsTable {
  id: Generated<string>;
  from_org_id: string;
  to_org_id: string;
  kind: 'member_of' | 'partner_of' | 'founded_by' | 'successor_of' | 'other';
  from_date: string | null;
  to_date: string | null;
  note: string | null;
  created_at: CreatedAt;
}

export interface ContactsTable {
  id: Generated<string>;
  entity_type: 'person' | 'organisation';
  entity_id: string;
  kind: 'email' | 'phone' | 'address' | 'website' | 'social';
  value: string;
  label: string | null;
  visibility: Generated<Visibility>;
  created_at: CreatedAt;
}

export type Organisation = Selectable<OrganisationsTable>;
export type Place = Selectable<PlacesTable>;
export type NewPlace = Insertable<PlacesTable>;
export type NewPlaceName = Insertable<PlaceNamesTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationName = Selectable<OrganisationNamesTable>;
export type NewOrganisationName = Insertable<OrganisationNamesTable>;
export type NewPersonName = Insertable<PersonNamesTable>;
export type NewPosition = Insertable<PositionsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type PersonName = Selectable<PersonNamesTable>;
export type Person = Selectable<PeopleTable>;
export type Position = Selectable<PositionsTable>;
export type PlaceName = Selectable<PlaceNamesTable>;
export type Contact = Selectable<ContactsTable>;
export type Relationship = Selectable<OrganisationRelationshipsTable>;
