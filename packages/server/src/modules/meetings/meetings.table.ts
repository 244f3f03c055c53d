import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { LocalizedText, Visibility } from '../registry/registry.table.ts';

// The meetings module's tables (migration 20261127T0000-meetings, ADR 0015). Text per language is
// stored as the registry stores it: `{ lang: { value, status } }` in jsonb.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** Localized text in a jsonb column: read as an object, written as its JSON string. */
type TextColumn = ColumnType<LocalizedText, string, string>;
type OptionalTextColumn = ColumnType<LocalizedText | null, string | null | undefined, string | null>;

export const EVENT_KINDS = [
  'meeting',
  'exchange_of_experience',
  'training',
  'forum',
  'conference',
  'commemoration',
  'visit',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ['planned', 'held', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const EVENT_ORGANISATION_ROLES = ['organiser', 'host', 'co_organiser', 'partner'] as const;
export type EventOrganisationRole = (typeof EVENT_ORGANISATION_ROLES)[number];
export const PROGRAMME_KINDS = [
  'visit',
  'wreath_laying',
  'welcome',
  'opening_speech',
  'speech',
  'presentation',
  'video_screening',
  'discussion',
  'announcement',
  'signing',
  'other',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export const PARTICIPANT_ROLES = [
  'head_of_delegation',
  'speaker',
  'guest',
  'ambassador',
  'observer',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const RSVP_STATES = ['invited', 'accepted', 'declined', 'tentative'] as const;
export type RsvpState = (typeof RSVP_STATES)[number];
export const ATTENDANCE_STATES = ['present', 'absent', 'excused'] as const;
export type Attendance = (typeof ATTENDANCE_STATES)[number];
export const DECISION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** A link shown as a link, never embedded. */
export interface MediaLink {
  url: string;
  label: string | null;
}

export interface EventSeriesTable {
  id: Generated<string>;
  /** Short code used in decision numbers: "CG" in "CG-5/3". */
  code: string;
  title: TextColumn;
  description: OptionalTextColumn;
  owner_org_id: string | null;
  visibility: Generated<Visibility>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EventsTable {
  id: Generated<string>;
  kind: EventKind;
  title: TextColumn;
  summary: OptionalTextColumn;
  series_id: string | null;
  number: number | null;
  parent_id: string | null;
  /** Local date at the place ('YYYY-MM-DD'). */
  start_date: string;
  /** Local time at the place ('HH:MM:SS'); null for an all-day event. */
  start_time: string | null;
  end_date: string;
  end_time: string | null;
  /** IANA zone of the place, e.g. 'Asia/Baku'. */
  time_zone: string;
  /** UTC instants derived from the local values and the zone (an all-day end is exclusive). */
  starts_at: ColumnType<Date, Date, Date>;
  ends_at: ColumnType<Date, Date, Date>;
  country_code: string | null;
  place_id: string | null;
  venue: string | null;
  status: Generated<EventStatus>;
  owner_org_id: string | null;
  visibility: Generated<Visibility>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EventOrganisationsTable {
  event_id: string;
  organisation_id: string;
  role: EventOrganisationRole;
  sort: Generated<number>;
}

export interface EventDelegationsTable {
  id: Generated<string>;
  event_id: string;
  country_code: string | null;
  organisation_id: string | null;
  head_person_id: string | null;
  sort: Generated<number>;
}

export interface EventParticipantsTable {
  id: Generated<string>;
  event_id: string;
  person_id: string;
  delegation_id: string | null;
  role: Generated<ParticipantRole>;
  invitation: RsvpState | null;
  invited_at: Date | null;
  responded_at: Date | null;
  attendance: Attendance | null;
  /** When the reminder before the event was queued (migration 20261127T0030). */
  reminded_at: Date | null;
  created_at: CreatedAt;
}

export interface ProgrammeItemsTable {
  id: Generated<string>;
  event_id: string;
  position: number;
  kind: ProgrammeKind;
  title: OptionalTextColumn;
  summary: OptionalTextColumn;
  start_time: string | null;
  visited_place_id: string | null;
  visited_place_text: string | null;
  delegation_org_id: string | null;
  delegation_country: string | null;
  media_links: ColumnType<MediaLink[], string | undefined, string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProgrammeItemSpeakersTable {
  item_id: string;
  person_id: string;
  position_id: string | null;
  title: OptionalTextColumn;
  sort: Generated<number>;
}

/** Files attached to a programme item; `file_id` refers to the files module's `files` table. */
export interface ProgrammeItemDocumentsTable {
  item_id: string;
  file_id: string;
  sort: Generated<number>;
}

export interface DecisionsTable {
  id: Generated<string>;
  event_id: string;
  number: number;
  text: TextColumn;
  due_text: OptionalTextColumn;
  due_from: string | null;
  due_to: string | null;
  status: Generated<DecisionStatus>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface DecisionResponsibleBodiesTable {
  decision_id: string;
  organisation_id: string;
  sort: Generated<number>;
}

/** What follows a decision up: `target_type` names the owning module's record ('action_item', 'event'). */
export interface DecisionFollowUpsTable {
  id: Generated<string>;
  decision_id: string;
  target_type: string;
  target_id: string;
  created_at: CreatedAt;
}

export type EventSeries = Selectable<EventSeriesTable>;
export type NewEventSeries = Insertable<EventSeriesTable>;
export type EventSeriesUpdate = Updateable<EventSeriesTable>;
export type Event = Selectable<EventsTable>;
export type NewEvent = Insertable<EventsTable>;
export type EventUpdate = Updateable<EventsTable>;
export type EventOrganisation = Selectable<EventOrganisationsTable>;
export type Delegation = Selectable<EventDelegationsTable>;
export type Participant = Selectable<EventParticipantsTable>;
export type ProgrammeItem = Selectable<ProgrammeItemsTable>;
export type NewProgrammeItem = Insertable<ProgrammeItemsTable>;
export type Speaker = Selectable<ProgrammeItemSpeakersTable>;
export type Decision = Selectable<DecisionsTable>;
export type FollowUp = Selectable<DecisionFollowUpsTable>;
