import type { ColumnType, Generated, Selectable } from 'kysely';
import type { LocalizedText } from '../registry/registry.table.ts';
import type { QuestionKind, QuestionOption, QuestionValidation } from './programmes.table.ts';

// The tables of the time after a programme (migration 20261127T0220-programme-attendance, ADR 0023).

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface ProgrammeAttendanceTable {
  application_id: string;
  day: string;
  status: AttendanceStatus;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ProgrammeFollowupsTable {
  programme_id: string;
  attendance_share: Generated<number>;
  feedback_opened_at: Date | null;
  signatory_name: string | null;
  signatory_position: string | null;
}

export interface ProgrammeRemindersTable {
  application_id: string;
  sent_at: CreatedAt;
}

export interface ProgrammeCertificatesTable {
  id: Generated<string>;
  programme_id: string;
  application_id: string;
  person_id: string;
  code: string;
  holder_name: string;
  holder_latin: string;
  issued_by: string | null;
  issued_at: CreatedAt;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export interface FeedbackQuestionsTable {
  id: Generated<string>;
  programme_id: string;
  position: number;
  kind: QuestionKind;
  label: ColumnType<LocalizedText, string, string>;
  help: ColumnType<LocalizedText | null, string | null | undefined, string | null>;
  required: Generated<boolean>;
  options: Json<QuestionOption[]>;
  validation: Json<QuestionValidation>;
}

export interface FeedbackResponsesTable {
  application_id: string;
  programme_id: string;
  answers: Json<{ questionId: string; value: unknown }[]>;
  submitted_at: CreatedAt;
}

export type AttendanceRow = Selectable<ProgrammeAttendanceTable>;
export type Certificate = Selectable<ProgrammeCertificatesTable>;
export type FeedbackQuestion = Selectable<FeedbackQuestionsTable>;
export type FeedbackResponse = Selectable<FeedbackResponsesTable>;
