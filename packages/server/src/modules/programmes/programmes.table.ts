import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { LocalizedText, Visibility } from '../registry/registry.table.ts';

// The programmes' tables (migration 20261127T0200-programmes, ADR 0023). Text per language is stored
// as the registry stores it: `{ lang: { value, status } }` in jsonb; dates are 'YYYY-MM-DD' strings.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type TextColumn = ColumnType<LocalizedText, string, string>;
type OptionalTextColumn = ColumnType<LocalizedText | null, string | null | undefined, string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type Json<T> = ColumnType<T, string | undefined, string>;

export const PROGRAMME_KINDS = ['training', 'summer_school', 'forum', 'internship', 'other'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export const PROGRAMME_STATUSES = ['draft', 'published', 'closed', 'completed', 'cancelled'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const BODY_ROLES = ['support', 'partner', 'host', 'funder'] as const;
export const QUESTION_KINDS = [
  'short_text',
  'long_text',
  'choice',
  'multi_choice',
  'date',
  'number',
  'file',
  'consent',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'accepted',
  'waitlisted',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface ProgrammesTable {
  id: Generated<string>;
  kind: ProgrammeKind;
  title: TextColumn;
  description: OptionalTextColumn;
  owner_org_id: string | null;
  country_code: string | null;
  place: OptionalTextColumn;
  period_text: string | null;
  period_lang: string | null;
  period_start: string | null;
  period_end: string | null;
  period_precision: string | null;
  start_date: string | null;
  end_date: string | null;
  communities: TextArray;
  residence_countries: TextArray;
  age_min: number | null;
  age_max: number | null;
  languages: TextArray;
  capacity: number | null;
  status: Generated<ProgrammeStatus>;
  plan_item_id: string | null;
  event_id: string | null;
  visibility: Generated<Visibility>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProgrammeBodiesTable {
  programme_id: string;
  organisation_id: string;
  role: Generated<string>;
  sort: Generated<number>;
}

export interface ProgrammeQuotasTable {
  id: Generated<string>;
  programme_id: string;
  country_code: string | null;
  community: string | null;
  seats: number;
}

export interface CallsTable {
  programme_id: string;
  opens_date: string;
  opens_time: string;
  closes_date: string;
  closes_time: string;
  time_zone: string;
  opens_at: ColumnType<Date, Date, Date>;
  closes_at: ColumnType<Date, Date, Date>;
  updated_at: UpdatedAt;
}

/** A choice question's option: its stored value and its label per language. */
export interface QuestionOption {
  value: string;
  label: LocalizedText;
}

/** Limits on an answer: a number's range, a text's length. */
export interface QuestionValidation {
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface CallQuestionsTable {
  id: Generated<string>;
  programme_id: string;
  position: number;
  kind: QuestionKind;
  label: TextColumn;
  help: OptionalTextColumn;
  required: Generated<boolean>;
  options: Json<QuestionOption[]>;
  validation: Json<QuestionValidation>;
}

export interface ApplicationsTable {
  id: Generated<string>;
  programme_id: string;
  person_id: string;
  submitted_by: string | null;
  nominated_by_org_id: string | null;
  status: Generated<ApplicationStatus>;
  submitted_at: Date | null;
  decided_at: Date | null;
  waitlist_position: number | null;
  /** The mean of the reviews' scores (0–100; migration 20261127T0210, ADR 0023). */
  score: ColumnType<number | null, never, number | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ApplicationAnswersTable {
  application_id: string;
  question_id: string;
  value: Json<unknown>;
}

export type Programme = Selectable<ProgrammesTable>;
export type NewProgramme = Insertable<ProgrammesTable>;
export type ProgrammeUpdate = Updateable<ProgrammesTable>;
export type ProgrammeBody = Selectable<ProgrammeBodiesTable>;
export type ProgrammeQuota = Selectable<ProgrammeQuotasTable>;
export type Call = Selectable<CallsTable>;
export type NewCall = Insertable<CallsTable>;
export type CallQuestion = Selectable<CallQuestionsTable>;
export type NewCallQuestion = Insertable<CallQuestionsTable>;
export type Application = Selectable<ApplicationsTable>;
export type ApplicationAnswer = Selectable<ApplicationAnswersTable>;
