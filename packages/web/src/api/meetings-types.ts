/** Shapes of the meetings JSON (docs/api/meetings.md). Mirrors the server contract; no logic here. */
import type { LocalizedText, Visibility } from './registry-types';
import type { OrganisationRef } from './types';

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
export type RsvpResponse = Exclude<RsvpState, 'invited'>;

export const ATTENDANCE_STATES = ['present', 'absent', 'excused'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

export const DECISION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** A moment of an event: the local date and time at the place, its zone, and the UTC instant. */
export interface TimePoint {
  date: string;
  time: string | null;
  timeZone: string;
  utc: string;
  /** The same instant in the zone asked for with `?tz=`. */
  inZone?: { date: string; time: string; timeZone: string };
}

export interface SeriesRef {
  id: string;
  code: string;
  title: LocalizedText;
}

export interface EventItem {
  id: string;
  kind: EventKind;
  title: LocalizedText;
  series: SeriesRef | null;
  number: number | null;
  reference: string | null;
  parentId: string | null;
  start: TimePoint;
  end: TimePoint;
  allDay: boolean;
  countryCode: string | null;
  place: OrganisationRef | null;
  venue: string | null;
  status: EventStatus;
  visibility: Visibility;
}

export interface Speaker {
  personId: string;
  name: string;
  position: { positionId: string | null; title: LocalizedText; organisation: OrganisationRef | null } | null;
}

export interface MediaLink {
  url: string;
  label: string | null;
}

export interface ProgrammeItem {
  id: string;
  position: number;
  kind: ProgrammeKind;
  title: LocalizedText | null;
  summary: LocalizedText | null;
  startTime: string | null;
  visitedPlace: OrganisationRef | null;
  visitedPlaceText: string | null;
  delegation: { organisation: OrganisationRef | null; countryCode: string | null } | null;
  speakers: Speaker[];
  mediaLinks: MediaLink[];
  documents: { fileId: string }[];
}

export interface Delegation {
  id: string;
  countryCode: string | null;
  organisation: OrganisationRef | null;
  head: OrganisationRef | null;
}

export interface Participant {
  id: string;
  person: OrganisationRef;
  delegationId: string | null;
  role: ParticipantRole;
  invitation: RsvpState | null;
  invitedAt: string | null;
  respondedAt: string | null;
  attendance: AttendanceState | null;
}

export interface Decision {
  id: string;
  eventId: string;
  number: number;
  reference: string;
  text: LocalizedText;
  dueText: LocalizedText | null;
  dueFrom: string | null;
  dueTo: string | null;
  status: DecisionStatus;
  responsibleBodies: OrganisationRef[];
  followUps: { targetType: string; targetId: string }[];
}

/** The signed-in account's own invitation to an event (its registry person's participant row). */
export interface MyInvitation {
  participantId: string;
  invitation: RsvpState;
  respondedAt: string | null;
}

export interface EventDetail extends EventItem {
  summary: LocalizedText | null;
  parent: { id: string; title: LocalizedText } | null;
  owner: OrganisationRef | null;
  organisations: { organisation: OrganisationRef; role: EventOrganisationRole }[];
  subEvents: EventItem[];
  programme: ProgrammeItem[];
  delegations: Delegation[];
  participants: Participant[];
  decisions: Decision[];
  canEdit: boolean;
  myInvitation: MyInvitation | null;
}

export interface SeriesItem {
  id: string;
  code: string;
  title: LocalizedText;
  visibility: Visibility;
  owner: OrganisationRef | null;
  meetings: number;
}

export interface SeriesDetail extends Omit<SeriesItem, 'meetings'> {
  description: LocalizedText | null;
  canEdit: boolean;
  meetings: (EventItem & { decisions: Decision[] })[];
}

/** Body of `POST /api/series` (and, all optional, `PATCH`). */
export interface SeriesInput {
  code: string;
  title: LocalizedText;
  description?: LocalizedText | null;
  ownerOrgId?: string | null;
  visibility?: Visibility;
}

/** Body of `POST /api/events` (and, all optional, `PATCH`; `organisations` replaces the set). */
export interface EventInput {
  kind: EventKind;
  title: LocalizedText;
  summary?: LocalizedText | null;
  seriesId?: string | null;
  number?: number | null;
  parentId?: string | null;
  startDate: string;
  startTime?: string | null;
  endDate: string;
  endTime?: string | null;
  timeZone?: string;
  countryCode?: string | null;
  placeId?: string | null;
  venue?: string | null;
  status?: EventStatus;
  organisations?: { organisationId: string; role: EventOrganisationRole }[];
  ownerOrgId?: string | null;
  visibility?: Visibility;
}

/** Body of `POST /api/events/:id/programme` (and, all optional, `PATCH`; lists replace). */
export interface ProgrammeItemInput {
  kind: ProgrammeKind;
  title?: LocalizedText | null;
  summary?: LocalizedText | null;
  startTime?: string | null;
  position?: number;
  visitedPlaceId?: string | null;
  visitedPlaceText?: string | null;
  delegationOrgId?: string | null;
  delegationCountry?: string | null;
  speakers?: { personId: string; positionId?: string | null }[];
  mediaLinks?: { url: string; label?: string | null }[];
  documentIds?: string[];
}

export interface DelegationInput {
  countryCode?: string | null;
  organisationId?: string | null;
  headPersonId?: string | null;
}

export interface ParticipantInput {
  personId: string;
  delegationId?: string | null;
  role?: ParticipantRole;
}

export interface ParticipantUpdate {
  delegationId?: string | null;
  role?: ParticipantRole;
  attendance?: AttendanceState | null;
  invitation?: RsvpState | null;
}

/** Body of `POST /api/events/:id/decisions` (and, all optional, `PATCH`). */
export interface DecisionInput {
  text: LocalizedText;
  dueText?: LocalizedText | null;
  dueFrom?: string | null;
  dueTo?: string | null;
  status?: DecisionStatus;
  responsibleBodyIds?: string[];
}

/** Filters of the events list and the calendar (empty values are left out). */
export interface EventFilter {
  series?: string;
  kind?: string;
  status?: string;
  country?: string;
  organisation?: string;
  parent?: string;
  from?: string;
  to?: string;
  q?: string;
  tz?: string;
}

export interface Participation {
  events: number;
  spoke: number;
  items: {
    event: EventItem;
    role: ParticipantRole | null;
    attendance: AttendanceState | null;
    speeches: number;
  }[];
}

export interface StoredFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** The owning organisation; null for a personal file. */
  ownerOrgId: string | null;
  /** Owned by the account that uploaded it (an individual's), readable by it alone on `/api/files`. */
  personal: boolean;
  visibility: Visibility;
  entity: { type: string; id: string } | null;
  createdAt: string;
  contentUrl: string;
}
