/** Shapes of the registry, search, import and account-management JSON (docs/api/registry.md). No logic. */
import type { OrganisationKind, OrganisationRef, Role } from './types';

export type Visibility = 'public' | 'network' | 'owner';
export const VISIBILITIES: readonly Visibility[] = ['public', 'network', 'owner'];

/** Text people wrote, per language: `{ "en": "…", "kk": "…" }`. */
export type LocalizedText = Record<string, string>;

export type Verification = 'submitted' | 'verified' | 'archived';
export const VERIFICATIONS: readonly Verification[] = ['submitted', 'verified', 'archived'];
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'international_org',
  'state_body',
  'diaspora_org',
  'other',
];

export type Script = 'Latn' | 'Cyrl' | 'Arab' | 'other';
export const SCRIPTS: readonly Script[] = ['Latn', 'Cyrl', 'Arab', 'other'];

export type OrganisationNameType = 'official' | 'short' | 'former' | 'alias';
export const ORGANISATION_NAME_TYPES: readonly OrganisationNameType[] = [
  'official',
  'short',
  'former',
  'alias',
];

export interface OrganisationName {
  id?: string;
  lang: string;
  name: string;
  abbreviation: string | null;
  nameType: OrganisationNameType;
  validFrom: string | null;
  validTo: string | null;
  translation?: 'original' | 'human' | 'needs_review';
}

export type PersonNameSource = 'native' | 'latin' | 'ru_cyrillic' | 'press' | 'passport' | 'other';
export const PERSON_NAME_SOURCES: readonly PersonNameSource[] = [
  'native',
  'latin',
  'ru_cyrillic',
  'press',
  'passport',
  'other',
];

export interface PersonName {
  id?: string;
  fullName: string;
  givenName: string | null;
  familyName: string | null;
  script: Script;
  lang: string | null;
  source: PersonNameSource;
  isPrimary: boolean;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'other';
export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'region', 'city', 'other'];
export type PlaceNameType = 'official' | 'short' | 'historical' | 'foreign' | 'alias';
export const PLACE_NAME_TYPES: readonly PlaceNameType[] = [
  'official',
  'short',
  'historical',
  'foreign',
  'alias',
];
export type OtsStatus = 'member' | 'observer' | 'none';

export interface PlaceName {
  id: string;
  lang: string;
  script: Script;
  name: string;
  nameType: PlaceNameType;
  validFrom: string | null;
  validTo: string | null;
}

/** Body of `POST /api/places` (and, all optional, `PATCH`); `names` replaces the whole set. */
export interface PlaceInput {
  kind: PlaceKind;
  countryCode: string;
  parentId?: string | null;
  timeZone?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  names: Omit<PlaceName, 'id'>[];
}

export interface Country {
  code: string;
  name: string;
  otsStatus: OtsStatus;
  placeId: string | null;
}

export interface PlaceItem {
  id: string;
  kind: PlaceKind;
  countryCode: string | null;
  name: string;
  parentId: string | null;
  otsStatus: OtsStatus | null;
}

export interface PlaceDetail {
  id: string;
  kind: PlaceKind;
  countryCode: string | null;
  parentId: string | null;
  latitude: number | null;
  longitude: number | null;
  timeZone: string | null;
  otsStatus: OtsStatus | null;
  names: PlaceName[];
}

export interface OrganisationItem {
  id: string;
  name: string;
  abbreviation: string | null;
  kind: OrganisationKind;
  countryCode: string | null;
  city: string | null;
  parentId: string | null;
  communities: string[];
  verification: Verification | null;
  visibility: Visibility;
}

export type ContactKind = 'email' | 'phone' | 'address' | 'website' | 'social';
export const CONTACT_KINDS: readonly ContactKind[] = ['email', 'phone', 'address', 'website', 'social'];

export interface Contact {
  id: string;
  kind: ContactKind;
  value: string;
  label: string | null;
  visibility: Visibility;
}

/** Body of `POST /api/{organisations|people}/:id/contacts`. */
export interface ContactInput {
  kind: ContactKind;
  value: string;
  label?: string | null;
  visibility?: Visibility;
}

export type RelationshipKind = 'member_of' | 'partner_of' | 'founded_by' | 'successor_of' | 'other';
export const RELATIONSHIP_KINDS: readonly RelationshipKind[] = [
  'member_of',
  'partner_of',
  'founded_by',
  'successor_of',
  'other',
];

/** Body of `POST /api/organisations/:id/relationships`: this organisation is `kind` the other one. */
export interface RelationshipInput {
  kind: RelationshipKind;
  organisationId: string;
  fromDate?: string | null;
  toDate?: string | null;
  note?: string | null;
}

export interface Relationship {
  id: string;
  kind: RelationshipKind;
  direction: 'outgoing' | 'incoming';
  organisation: OrganisationRef;
  fromDate: string | null;
  toDate: string | null;
  note: string | null;
}

export interface OrganisationDetail {
  id: string;
  kind: OrganisationKind;
  name: string;
  abbreviation: string | null;
  names: OrganisationName[];
  parent: OrganisationRef | null;
  children: (OrganisationRef & { kind: OrganisationKind })[];
  countryCode: string | null;
  place: OrganisationRef | null;
  city: string | null;
  website: string | null;
  foundedYear: number | null;
  communities: string[];
  verification: Verification | null;
  lastVerifiedOn: string | null;
  curatedBy: OrganisationRef | null;
  description: LocalizedText | null;
  visibility: Visibility;
  owner: OrganisationRef | null;
  relationships: Relationship[];
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

/** Body of `POST /api/organisations` (and, all optional, `PATCH`). */
export interface OrganisationInput {
  kind: OrganisationKind;
  names: Omit<OrganisationName, 'id' | 'translation'>[];
  parentId?: string | null;
  countryCode?: string | null;
  city?: string | null;
  website?: string | null;
  foundedYear?: number | null;
  communities?: string[];
  visibility?: Visibility;
}

export interface Position {
  id: string;
  title: LocalizedText;
  organisation: OrganisationRef;
  fromDate: string | null;
  toDate: string | null;
}

export interface PersonItem {
  id: string;
  name: string;
  otherNames: string[];
  currentPositions: { title: LocalizedText; organisation: OrganisationRef }[];
  visibility: Visibility;
}

export interface PersonDetail {
  id: string;
  name: string;
  names: PersonName[];
  positions: Position[];
  contacts: Contact[];
  visibility: Visibility;
  owner: OrganisationRef | null;
  canEdit: boolean;
}

export interface PositionInput {
  title: LocalizedText;
  organisationId: string;
  fromDate?: string | null;
  toDate?: string | null;
}

export interface PersonInput {
  names: Omit<PersonName, 'id'>[];
  visibility?: Visibility;
  positions?: PositionInput[];
}

export interface HistoryEntry {
  at: string;
  actor: { id: string; label: string } | null;
  action: string;
  before: unknown;
  after: unknown;
}

export type SearchType = 'person' | 'organisation' | 'place';
export const SEARCH_TYPES: readonly SearchType[] = ['person', 'organisation', 'place'];

export interface SearchResult {
  type: SearchType;
  id: string;
  label: string;
  score: number;
  matched: string;
}

export type ImportType = 'people' | 'organisations' | 'places';
export const IMPORT_TYPES: readonly ImportType[] = ['people', 'organisations', 'places'];
export type DuplicateDecision = 'create' | 'skip' | 'merge';
export const DUPLICATE_DECISIONS: readonly DuplicateDecision[] = ['create', 'skip', 'merge'];
export type ImportRowStatus = 'created' | 'updated' | 'unchanged' | 'duplicate' | 'error';

export interface ImportRow {
  row: number;
  status: ImportRowStatus;
  id?: string;
  duplicateOf?: { id: string; label: string; score: number };
  error?: string;
  decision?: DuplicateDecision;
}

export interface ImportReport {
  dryRun: boolean;
  summary: { created: number; updated: number; unchanged: number; duplicates: number; errors: number };
  rows: ImportRow[];
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json'];

export interface DuplicatePair {
  a: { id: string; label: string };
  b: { id: string; label: string };
  score: number;
  matched: [string, string];
}

export interface ManagedAccount {
  id: string;
  email: string;
  displayName: string;
  status: 'active' | 'disabled';
  locale: string;
  createdAt: string;
  lastSignInAt: string | null;
  roles: { id: string; role: Role; organisation: OrganisationRef }[];
}
