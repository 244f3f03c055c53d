import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

// The minutes module's tables (migration 20261127T0020-minutes, ADR 0014).

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export const MINUTES_STATUSES = ['draft', 'circulated', 'adopted', 'locked'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const VERSION_REASONS = ['created', 'edit', 'amendment_accepted', 'adopted'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];
export const AMENDMENT_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** One paragraph of the minutes: a stable id and its text per language. */
export interface Paragraph {
  id: string;
  text: Record<string, string>;
}

export interface MinutesTable {
  id: Generated<string>;
  event_id: string;
  status: Generated<MinutesStatus>;
  /** The number of the current version. */
  version: Generated<number>;
  languages: ColumnType<string[], string[], string[]>;
  circulated_at: Date | null;
  adopted_at: Date | null;
  locked_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MinutesVersionsTable {
  id: Generated<string>;
  minutes_id: string;
  number: number;
  reason: VersionReason;
  note: string | null;
  /** Read as an array, written as its JSON string. */
  paragraphs: ColumnType<Paragraph[], string, never>;
  languages: ColumnType<string[], string[], never>;
  amendment_id: string | null;
  author_account_id: string | null;
  author_label: string;
  created_at: CreatedAt;
}

export interface MinutesCommentsTable {
  id: Generated<string>;
  minutes_id: string;
  paragraph_id: string;
  version: number;
  body: string;
  delegation_id: string | null;
  author_account_id: string | null;
  author_label: string;
  created_at: CreatedAt;
}

export interface MinutesAmendmentsTable {
  id: Generated<string>;
  minutes_id: string;
  paragraph_id: string;
  lang: string;
  base_version: number;
  text: string;
  motivation: string | null;
  status: Generated<AmendmentStatus>;
  delegation_id: string | null;
  author_account_id: string | null;
  author_label: string;
  created_at: CreatedAt;
  decision_reason: string | null;
  decided_by_account_id: string | null;
  decided_by_label: string | null;
  decided_at: Date | null;
  result_version: number | null;
}

export type Minutes = Selectable<MinutesTable>;
export type MinutesVersion = Selectable<MinutesVersionsTable>;
export type NewMinutesVersion = Insertable<MinutesVersionsTable>;
export type MinutesComment = Selectable<MinutesCommentsTable>;
export type MinutesAmendment = Selectable<MinutesAmendmentsTable>;
