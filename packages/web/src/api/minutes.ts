import { request } from './client';
import type { Page } from './types';

// The minutes of meetings (docs/api/minutes.md) and the compiled decisions of a series.

export type MinutesStatus = 'draft' | 'circulated' | 'adopted' | 'locked';
export type VersionReason = 'created' | 'edit' | 'amendment_accepted' | 'adopted';

/** One paragraph: a stable id and its text per language. */
export interface Paragraph {
  id: string;
  text: Record<string, string>;
}

export interface Author {
  id: string | null;
  label: string;
}

export interface MinutesComment {
  id: string;
  paragraphId: string;
  version: number;
  body: string;
  delegation: { id: string; name: string } | null;
  author: Author;
  createdAt: string;
}

export interface Amendment {
  id: string;
  paragraphId: string;
  lang: string;
  baseVersion: number;
  text: string;
  motivation: string | null;
  status: 'proposed' | 'accepted' | 'rejected';
  delegation: { id: string; name: string } | null;
  author: Author;
  createdAt: string;
  decision: { reason: string; by: Author; at: string; resultVersion: number | null } | null;
}

/** What the caller may do with the minutes, as the server decided. */
export interface MinutesActions {
  edit: boolean;
  circulate: boolean;
  adopt: boolean;
  reopen: boolean;
  lock: boolean;
  comment: boolean;
  amend: boolean;
  decide: boolean;
  seeWorkings: boolean;
}

export interface Minutes {
  id: string;
  eventId: string;
  event: { title: Record<string, string>; startDate: string; endDate: string; venue: string | null };
  status: MinutesStatus;
  version: number;
  languages: string[];
  paragraphs: Paragraph[];
  circulatedAt: string | null;
  adoptedAt: string | null;
  lockedAt: string | null;
  updatedAt: string;
  delegations: { id: string; name: string; countryCode: string | null }[];
  myDelegationIds: string[];
  can: MinutesActions;
  comments: MinutesComment[];
  amendments: Amendment[];
}

export interface VersionSummary {
  number: number;
  reason: VersionReason;
  note: string | null;
  amendmentId: string | null;
  author: Author;
  createdAt: string;
}

export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface MinutesDiff {
  from: number;
  to: number;
  languages: string[];
  paragraphs: {
    id: string;
    change: 'added' | 'removed' | 'changed' | 'unchanged';
    texts: { lang: string; segments: DiffSegment[] }[];
  }[];
}

/** A paragraph as the editor sends it: a new one has no id. */
export interface ParagraphInput {
  id?: string;
  text: Record<string, string>;
}

const base = (id: string) => `/api/minutes/${encodeURIComponent(id)}`;

/** The minutes of an event as the caller may see them. @throws {ApiError} NOT_FOUND (none, or not visible). */
export function getMinutes(eventId: string): Promise<Minutes> {
  return request<Minutes>(`/api/events/${encodeURIComponent(eventId)}/minutes`);
}

/** Starts the minutes of an event as a draft. @throws {ApiError} FORBIDDEN, ALREADY_EXISTS, VALIDATION_FAILED. */
export function createMinutes(
  eventId: string,
  input: { languages?: string[]; paragraphs?: ParagraphInput[] },
): Promise<Minutes> {
  return request<Minutes>(`/api/events/${encodeURIComponent(eventId)}/minutes`, {
    method: 'POST',
    body: input,
  });
}

/**
 * Replaces the text, based on version `baseVersion`.
 * @throws {ApiError} MINUTES_VERSION_CONFLICT (someone saved first), MINUTES_WRONG_STATE, MINUTES_LOCKED, VALIDATION_FAILED.
 */
export function saveMinutes(
  id: string,
  input: { baseVersion: number; languages?: string[]; paragraphs: ParagraphInput[]; note?: string },
): Promise<Minutes> {
  return request<Minutes>(base(id), { method: 'PUT', body: input });
}

export type MinutesStep = 'circulate' | 'adopt' | 'lock';

/** Moves the minutes on: circulate, adopt or lock. @throws {ApiError} MINUTES_* codes, FORBIDDEN. */
export function stepMinutes(id: string, step: MinutesStep, baseVersion: number): Promise<Minutes> {
  return request<Minutes>(`${base(id)}/${step}`, { method: 'POST', body: { baseVersion } });
}

/** Takes adopted minutes back to circulation, with a reason. @throws {ApiError} MINUTES_WRONG_STATE, MINUTES_LOCKED. */
export function reopenMinutes(id: string, reason: string): Promise<Minutes> {
  return request<Minutes>(`${base(id)}/reopen`, { method: 'POST', body: { reason } });
}

/** Comments on a paragraph of circulated minutes. @throws {ApiError} MINUTES_WRONG_STATE, MINUTES_LOCKED, FORBIDDEN. */
export function addMinutesComment(
  id: string,
  input: { paragraphId: string; baseVersion: number; body: string },
): Promise<MinutesComment> {
  return request<MinutesComment>(`${base(id)}/comments`, { method: 'POST', body: input });
}

/** Proposes replacement text for one paragraph in one language. @throws {ApiError} MINUTES_WRONG_STATE, VALIDATION_FAILED. */
export function proposeAmendment(
  id: string,
  input: { paragraphId: string; lang: string; baseVersion: number; text: string; motivation?: string },
): Promise<Amendment> {
  return request<Amendment>(`${base(id)}/amendments`, { method: 'POST', body: input });
}

/** Accepts (a new version) or rejects an amendment, with a reason. @throws {ApiError} AMENDMENT_OUTDATED, MINUTES_WRONG_STATE. */
export function decideAmendment(
  id: string,
  amendmentId: string,
  decision: 'accept' | 'reject',
  reason: string,
): Promise<{ amendment: Amendment; minutes: Minutes }> {
  return request(`${base(id)}/amendments/${encodeURIComponent(amendmentId)}/${decision}`, {
    method: 'POST',
    body: { reason },
  });
}

/** Every version, oldest first (editors and delegations). */
export function listMinutesVersions(id: string): Promise<Page<VersionSummary>> {
  return request<Page<VersionSummary>>(`${base(id)}/versions`);
}

/** The paragraph- and word-level difference between two versions. */
export function diffMinutes(id: string, from: number, to: number): Promise<MinutesDiff> {
  return request<MinutesDiff>(`${base(id)}/diff`, { query: { from, to } });
}

/** The address of the adopted minutes as a PDF download or a printable page, in `lang`. */
export function minutesExportUrl(id: string, format: 'pdf' | 'html', lang: string): string {
  return `${base(id)}/export.${format}?lang=${encodeURIComponent(lang)}`;
}

/** A decision in the compiled list of a series, with its meeting. */
export interface CompiledDecision {
  id: string;
  eventId: string;
  number: number;
  reference: string;
  text: Record<string, string>;
  dueText: Record<string, string> | null;
  dueFrom: string | null;
  dueTo: string | null;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  responsibleBodies: { id: string; name: string }[];
  event: {
    id: string;
    title: Record<string, string>;
    number: number | null;
    reference: string | null;
    start: { date: string };
  };
}

/** Filters of the compiled decisions. */
export interface DecisionFilter {
  series: string;
  event?: string;
  responsible?: string;
  q?: string;
}

/** All decisions of all meetings of a series, filtered (the meetings module's `GET /api/decisions`). */
export function listCompiledDecisions(filter: DecisionFilter): Promise<Page<CompiledDecision>> {
  return request<Page<CompiledDecision>>('/api/decisions', { query: { ...filter, limit: 200 } });
}
