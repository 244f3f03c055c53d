import { buildUrl, request } from './client';
import type {
  Decision,
  DecisionInput,
  Delegation,
  DelegationInput,
  EventDetail,
  EventFilter,
  EventInput,
  EventItem,
  Participant,
  ParticipantInput,
  ParticipantUpdate,
  Participation,
  ProgrammeItem,
  ProgrammeItemInput,
  RsvpResponse,
  SeriesDetail,
  SeriesInput,
  SeriesItem,
} from './meetings-types';
import type { HistoryEntry } from './registry-types';
import type { Page, PageQuery } from './types';

const enc = encodeURIComponent;
const oneSeries = (id: string) => `/api/series/${enc(id)}`;
const oneEvent = (id: string) => `/api/events/${enc(id)}`;

/** Every series the caller may see, with its number of meetings. */
export function listSeries(query: PageQuery): Promise<Page<SeriesItem>> {
  return request<Page<SeriesItem>>('/api/series', { query: { ...query } });
}

/** One series with its numbered meetings and their decisions. @throws {ApiError} NOT_FOUND. */
export function getSeries(id: string): Promise<SeriesDetail> {
  return request<SeriesDetail>(oneSeries(id));
}

/** Creates a series (the secretariat's). @throws {ApiError} ALREADY_EXISTS (code), FORBIDDEN. */
export function createSeries(input: SeriesInput): Promise<SeriesDetail> {
  return request<SeriesDetail>('/api/series', { method: 'POST', body: input });
}

/** Changes a series. @throws {ApiError} ALREADY_EXISTS, FORBIDDEN. */
export function updateSeries(id: string, input: Partial<SeriesInput>): Promise<SeriesDetail> {
  return request<SeriesDetail>(oneSeries(id), { method: 'PATCH', body: input });
}

/** Events the caller may see, by start; `tz` adds each moment as seen in that zone. */
export function listEvents(query: PageQuery & EventFilter): Promise<Page<EventItem>> {
  return request<Page<EventItem>>('/api/events', { query: { ...query } });
}

/** One event with programme, participation, decisions and sub-events. @throws {ApiError} NOT_FOUND. */
export function getEvent(id: string, tz?: string): Promise<EventDetail> {
  return request<EventDetail>(oneEvent(id), { query: { tz } });
}

/** Creates an event. @throws {ApiError} EVENT_ENDS_BEFORE_START, UNKNOWN_PLACE, VALIDATION_FAILED, FORBIDDEN. */
export function createEvent(input: EventInput): Promise<EventDetail> {
  return request<EventDetail>('/api/events', { method: 'POST', body: input });
}

/** Changes an event; `organisations`, when given, replaces the set. */
export function updateEvent(id: string, input: Partial<EventInput>): Promise<EventDetail> {
  return request<EventDetail>(oneEvent(id), { method: 'PATCH', body: input });
}

/** The change history of an event (its programme, participation and decisions too), newest first. */
export function eventHistory(id: string, page: PageQuery): Promise<Page<HistoryEntry>> {
  return request<Page<HistoryEntry>>(`${oneEvent(id)}/history`, { query: { ...page } });
}

/** Adds a programme item (last unless `position` says otherwise). @throws {ApiError} UNKNOWN_PERSON, VALIDATION_FAILED. */
export function addProgrammeItem(eventId: string, input: ProgrammeItemInput): Promise<ProgrammeItem> {
  return request<ProgrammeItem>(`${oneEvent(eventId)}/programme`, { method: 'POST', body: input });
}

/** Changes a programme item; speakers, links and documents, when given, replace the lists. */
export function updateProgrammeItem(
  eventId: string,
  itemId: string,
  input: Partial<ProgrammeItemInput>,
): Promise<ProgrammeItem> {
  return request<ProgrammeItem>(`${oneEvent(eventId)}/programme/${enc(itemId)}`, {
    method: 'PATCH',
    body: input,
  });
}

/** Removes a programme item. */
export function deleteProgrammeItem(eventId: string, itemId: string): Promise<void> {
  return request<void>(`${oneEvent(eventId)}/programme/${enc(itemId)}`, { method: 'DELETE' });
}

/** Puts the programme in the order of `itemIds` (every item once). */
export function reorderProgramme(eventId: string, itemIds: string[]): Promise<{ items: ProgrammeItem[] }> {
  return request<{ items: ProgrammeItem[] }>(`${oneEvent(eventId)}/programme/order`, {
    method: 'PUT',
    body: { itemIds },
  });
}

/** Adds a delegation (a country or an organisation, optionally its head). */
export function addDelegation(eventId: string, input: DelegationInput): Promise<Delegation> {
  return request<Delegation>(`${oneEvent(eventId)}/delegations`, { method: 'POST', body: input });
}

/** Removes a delegation. */
export function deleteDelegation(eventId: string, delegationId: string): Promise<void> {
  return request<void>(`${oneEvent(eventId)}/delegations/${enc(delegationId)}`, { method: 'DELETE' });
}

/** Adds a participant. @throws {ApiError} UNKNOWN_PERSON, ALREADY_EXISTS. */
export function addParticipant(eventId: string, input: ParticipantInput): Promise<Participant> {
  return request<Participant>(`${oneEvent(eventId)}/participants`, { method: 'POST', body: input });
}

/** Changes a participant's delegation, role, invitation state or attendance. */
export function updateParticipant(
  eventId: string,
  participantId: string,
  input: ParticipantUpdate,
): Promise<Participant> {
  return request<Participant>(`${oneEvent(eventId)}/participants/${enc(participantId)}`, {
    method: 'PATCH',
    body: input,
  });
}

/** Removes a participant. */
export function deleteParticipant(eventId: string, participantId: string): Promise<void> {
  return request<void>(`${oneEvent(eventId)}/participants/${enc(participantId)}`, { method: 'DELETE' });
}

/** Queues an invitation mail to a participant. @throws {ApiError} NO_EMAIL_ADDRESS. */
export function inviteParticipant(
  eventId: string,
  participantId: string,
  input: { email?: string; locale?: string } = {},
): Promise<Participant> {
  return request<Participant>(`${oneEvent(eventId)}/participants/${enc(participantId)}/invitation`, {
    method: 'POST',
    body: input,
  });
}

/** Answers an invitation (the invited person, or an editor on their behalf). */
export function answerInvitation(
  eventId: string,
  participantId: string,
  response: RsvpResponse,
): Promise<Participant> {
  return request<Participant>(`${oneEvent(eventId)}/participants/${enc(participantId)}/rsvp`, {
    method: 'POST',
    body: { response },
  });
}

/** Adds a decision; the server numbers it. */
export function addDecision(eventId: string, input: DecisionInput): Promise<Decision> {
  return request<Decision>(`${oneEvent(eventId)}/decisions`, { method: 'POST', body: input });
}

/** Changes a decision. */
export function updateDecision(
  eventId: string,
  decisionId: string,
  input: Partial<DecisionInput>,
): Promise<Decision> {
  return request<Decision>(`${oneEvent(eventId)}/decisions/${enc(decisionId)}`, {
    method: 'PATCH',
    body: input,
  });
}

/** The events a person took part in or spoke at, that the caller may read. */
export function personParticipation(personId: string): Promise<Participation> {
  return request<Participation>(`/api/people/${enc(personId)}/participation`);
}

/** Filters of an iCalendar feed: a series, an organisation, or neither (the whole public calendar). */
export interface CalendarFeedFilter {
  series?: string;
  organisation?: string;
}

/**
 * The address of a public iCalendar (RFC 5545) feed, for a subscription link; titles in `lang`
 * (calendar clients send no language of their own).
 */
export function calendarFeedUrl(filter: CalendarFeedFilter, lang: string): string {
  return buildUrl('/api/calendar.ics', { ...filter, lang });
}
