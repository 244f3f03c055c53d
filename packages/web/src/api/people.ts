import { request } from './client';
import type {
  Contact,
  ContactInput,
  HistoryEntry,
  PersonDetail,
  PersonInput,
  PersonItem,
  PositionInput,
} from './registry-types';
import type { Page, PageQuery } from './types';

/** Filters of the people list (and of its export). */
export interface PersonFilter {
  q?: string;
  organisation?: string;
  country?: string;
}

const base = '/api/people';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** People the caller may see, matching the filter. */
export function listPeople(query: PageQuery & PersonFilter): Promise<Page<PersonItem>> {
  return request<Page<PersonItem>>(base, { query: { ...query } });
}

/** One person with every spelling, positions and (when allowed) contacts. @throws {ApiError} NOT_FOUND. */
export function getPerson(id: string): Promise<PersonDetail> {
  return request<PersonDetail>(one(id));
}

/** Creates a person. @throws {ApiError} VALIDATION_FAILED, FORBIDDEN. */
export function createPerson(input: PersonInput): Promise<PersonDetail> {
  return request<PersonDetail>(base, { method: 'POST', body: input });
}

/** Changes a person's names and visibility (positions have their own calls). */
export function updatePerson(id: string, input: Omit<PersonInput, 'positions'>): Promise<PersonDetail> {
  return request<PersonDetail>(one(id), { method: 'PATCH', body: input });
}

/** Adds a position to a person. */
export function addPosition(personId: string, input: PositionInput): Promise<unknown> {
  return request<unknown>(`${one(personId)}/positions`, { method: 'POST', body: input });
}

/** Changes a position. */
export function updatePosition(personId: string, positionId: string, input: PositionInput): Promise<unknown> {
  return request<unknown>(`${one(personId)}/positions/${encodeURIComponent(positionId)}`, {
    method: 'PATCH',
    body: input,
  });
}

/** Removes a position. */
export function deletePosition(personId: string, positionId: string): Promise<void> {
  return request<void>(`${one(personId)}/positions/${encodeURIComponent(positionId)}`, { method: 'DELETE' });
}

/** The change history of a person, newest first. */
export function personHistory(id: string, page: PageQuery): Promise<Page<HistoryEntry>> {
  return request<Page<HistoryEntry>>(`${one(id)}/history`, { query: { ...page } });
}

/** Adds a contact to a person (owner-only unless `visibility` says otherwise). @throws {ApiError} VALIDATION_FAILED, FORBIDDEN. */
export function addPersonContact(personId: string, input: ContactInput): Promise<Contact> {
  return request<Contact>(`${one(personId)}/contacts`, { method: 'POST', body: input });
}

/** Removes a contact of a person. @throws {ApiError} NOT_FOUND, FORBIDDEN. */
export function deletePersonContact(personId: string, contactId: string): Promise<void> {
  return request<void>(`${one(personId)}/contacts/${encodeURIComponent(contactId)}`, { method: 'DELETE' });
}
