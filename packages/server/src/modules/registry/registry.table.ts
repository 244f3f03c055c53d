import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

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

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationName = Selectable<OrganisationNamesTable>;
export type NewOrganisationName = Insertable<OrganisationNamesTable>;
export type NewPersonName = Insertable<PersonNamesTable>;
export type NewPosition = Insertable<PositionsTable>;
