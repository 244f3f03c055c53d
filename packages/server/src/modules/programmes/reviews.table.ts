import type { ColumnType, Generated, Selectable } from 'kysely';
import type { LocalizedText } from '../registry/registry.table.ts';

// The reviews' tables (migration 20261127T0210-programme-reviews, ADR 0023). Weights and scores
// are double precision, so both drivers return numbers.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ProgrammeReviewersTable {
  programme_id: string;
  account_id: string;
  created_at: CreatedAt;
}

export interface ReviewCriteriaTable {
  id: Generated<string>;
  programme_id: string;
  position: number;
  label: ColumnType<LocalizedText, string, string>;
  weight: number;
  max_score: number;
}

export interface ApplicationReviewsTable {
  id: Generated<string>;
  application_id: string;
  reviewer_id: string;
  comment: Generated<string>;
  score: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ReviewScoresTable {
  review_id: string;
  criterion_id: string;
  score: number;
}

export type ReviewCriterion = Selectable<ReviewCriteriaTable>;
export type ApplicationReview = Selectable<ApplicationReviewsTable>;
