import { request } from './client';
import type {
  Contact,
  ContactInput,
  HistoryEntry,
  OrganisationDetail,
  OrganisationInput,
  OrganisationItem,
  Relationship,
  RelationshipInput,
  Verification,
} from './registry-types';
import type { Page, PageQuery } from './types';

/** Filters of the organisation list (and of its export); empty values are left out. */
export interface OrganisationFilter {
  q?: string;
  kind?: string;
  country?: string;
  community?: string;
  verification?: string;
  parent?: string;
}

const base = '/api/organisations';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** Organisations the caller may see, matching the filter. */
export function listOrganisations(query: PageQuery & OrganisationFilter): Promise<Page<OrganisationItem>> {
  return request<Page<OrganisationItem>>(base, { query: { ...query } });
}

/** One organisation with names, links, people and contacts. @throws {ApiError} NOT_FOUND when not visible. */
export function getOrganisation(id: string): Promise<OrganisationDetail> {
  return request<OrganisationDetail>(one(id));
}

/** Creates an organisation. @throws {ApiError} VALIDATION_FAILED (with field errors), FORBIDDEN. */
export function createOrganisation(input: OrganisationInput): Promise<OrganisationDetail> {
  return request<OrganisationDetail>(base, { method: 'POST', body: input });
}

/** Changes an organisation; `names`, when given, replaces the whole set. */
export function updateOrganisation(
  id: string,
  input: Partial<OrganisationInput>,
): Promise<OrganisationDetail> {
  return request<OrganisationDetail>(one(id), { method: 'PATCH', body: input });
}

/** Sets the verification state of a diaspora organisation. @throws {ApiError} FORBIDDEN. */
export function setVerification(id: string, state: Verification): Promise<OrganisationDetail> {
  return request<OrganisationDetail>(`${one(id)}/verification`, { method: 'POST', body: { state } });
}

/** The change history of an organisation, newest first. */
export function organisationHistory(id: string, page: PageQuery): Promise<Page<HistoryEntry>> {
  return request<Page<HistoryEntry>>(`${one(id)}/history`, { query: { ...page } });
}

/** Adds a contact to an organisation. @throws {ApiError} VALIDATION_FAILED (with field errors), FORBIDDEN. */
export function addOrganisationContact(id: string, input: ContactInput): Promise<Contact> {
  return request<Contact>(`${one(id)}/contacts`, { method: 'POST', body: input });
}

/** Removes a contact of an organisation. @throws {ApiError} NOT_FOUND, FORBIDDEN. */
export function deleteOrganisationContact(id: string, contactId: string): Promise<void> {
  return request<void>(`${one(id)}/contacts/${encodeURIComponent(contactId)}`, { method: 'DELETE' });
}

/**
 * Records that organisation `id` is `input.kind` another one (member of, partner of, …).
 * @throws {ApiError} VALIDATION_FAILED (unknown or same organisation, dates), FORBIDDEN.
 */
export function addRelationship(id: string, input: RelationshipInput): Promise<Relationship> {
  return request<Relationship>(`${one(id)}/relationships`, { method: 'POST', body: input });
}

/** Removes a relationship organisation `id` takes part in (either direction). @throws {ApiError} NOT_FOUND, FORBIDDEN. */
export function deleteRelationship(id: string, relationshipId: string): Promise<void> {
  return request<void>(`${one(id)}/relationships/${encodeURIComponent(relationshipId)}`, {
    method: 'DELETE',
  });
}
