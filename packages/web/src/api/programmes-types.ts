/** Shapes of the programmes API (docs/api/programmes.md). Mirrors the server contract; no logic here. */
import type { Period } from './plans-types';
import type { LocalizedText } from './registry-types';

export type ProgrammeKind = 'training' | 'summer_school' | 'forum' | 'internship' | 'other';
export const PROGRAMME_KINDS: readonly ProgrammeKind[] = [
  'training',
  'summer_school',
  'forum',
  'internship',
  'other',
];
export type ProgrammeStatus = 'draft' | 'published' | 'closed' | 'completed' | 'cancelled';
export const PROGRAMME_STATUSES: readonly ProgrammeStatus[] = [
  'draft',
  'published',
  'closed',
  'completed',
  'cancelled',
];
export type CallStatus = 'upcoming' | 'open' | 'closed';
export type ApplicationStatus =
  | 'draft'
  | 'submitted'
  | 'under_review'
  | 'accepted'
  | 'waitlisted'
  | 'rejected'
  | 'withdrawn';
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'draft',
  'submitted',
  'under_review',
  'accepted',
  'waitlisted',
  'rejected',
  'withdrawn',
];
export type QuestionKind =
  | 'short_text'
  | 'long_text'
  | 'choice'
  | 'multi_choice'
  | 'date'
  | 'number'
  | 'file'
  | 'consent';
export const QUESTION_KINDS: readonly QuestionKind[] = [
  'short_text',
  'long_text',
  'choice',
  'multi_choice',
  'date',
  'number',
  'file',
  'consent',
];

export interface Ref {
  id: string;
  name: string;
}

export interface CallSummary {
  opensAt: string;
  closesAt: string;
  timeZone: string;
  status: CallStatus;
}

export interface ProgrammeSummary {
  id: string;
  kind: ProgrammeKind;
  title: LocalizedText;
  status: ProgrammeStatus;
  organiser: Ref | null;
  supporters: { organisation: Ref; role: string }[];
  countryCode: string | null;
  place: LocalizedText | null;
  period: Period | null;
  startDate: string | null;
  endDate: string | null;
  capacity: number | null;
  visibility: string;
  call: CallSummary | null;
}

export interface QuestionOption {
  value: string;
  label: LocalizedText;
}

export interface Question {
  id: string;
  position: number;
  kind: QuestionKind;
  label: LocalizedText;
  help: LocalizedText | null;
  required: boolean;
  options: QuestionOption[];
  validation: { min?: number; max?: number; maxLength?: number };
}

export interface Quota {
  id: string;
  countryCode: string | null;
  community: string | null;
  seats: number;
}

export interface ProgrammeDetail extends ProgrammeSummary {
  description: LocalizedText | null;
  audience: {
    communities: string[];
    countries: string[];
    ageMin: number | null;
    ageMax: number | null;
    languages: string[];
  };
  quotas: Quota[];
  planItem: { id: string; code: string; title: LocalizedText } | null;
  eventId: string | null;
  call: (CallSummary & { questions: Question[] }) | null;
  applications: Record<ApplicationStatus, number> | null;
  canEdit: boolean;
  myApplication: { id: string; status: ApplicationStatus; submittedAt: string | null } | null;
}

/** A value as the API takes it: text, a choice, several, a date, a number, a file id, consent. */
export type AnswerValue = string | number | boolean | string[];

export interface Answer {
  questionId: string;
  value: AnswerValue;
}

export interface Application {
  id: string;
  programme: { id: string; title: LocalizedText };
  person: { id: string; name: string };
  submittedBy: { id: string; label: string } | null;
  nominatedBy: Ref | null;
  status: ApplicationStatus;
  submittedAt: string | null;
  decidedAt: string | null;
  waitlistPosition: number | null;
  answers?: Answer[];
  /** Aggregated review score (reviews slice), when the caller may see it. */
  score?: number | null;
  /** The certificate once issued (its verification code). */
  certificate?: { code: string; issuedAt: string; revoked: boolean } | null;
  /** The feedback survey of a participant: whether it is open and already answered. */
  feedback?: { open: boolean; answered: boolean } | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProgrammeInput {
  kind: ProgrammeKind;
  title: LocalizedText;
  description?: LocalizedText | null;
  organiserId?: string;
  supporters?: { organisationId: string; role?: string }[];
  countryCode?: string | null;
  place?: LocalizedText | null;
  periodText?: string | null;
  periodLang?: string;
  startDate?: string | null;
  endDate?: string | null;
  capacity?: number | null;
  audience?: {
    countries?: string[];
    communities?: string[];
    ageMin?: number | null;
    ageMax?: number | null;
    languages?: string[];
  };
  status?: ProgrammeStatus;
  visibility?: string;
  planItemId?: string | null;
  eventId?: string | null;
}

export interface LocalTime {
  date: string;
  time: string;
}

export interface QuestionInput {
  id?: string;
  kind: QuestionKind;
  label: LocalizedText;
  help?: LocalizedText | null;
  required?: boolean;
  options?: QuestionOption[];
  validation?: Question['validation'];
}

export interface CallInput {
  opensAt: LocalTime;
  closesAt: LocalTime;
  timeZone: string;
  questions: QuestionInput[];
}

export interface ApplicationInput {
  personId?: string;
  nominatedByOrgId?: string;
  answers?: Answer[];
  submit?: boolean;
}

export interface ApplicationFilter {
  status?: string;
  country?: string;
  community?: string;
  minScore?: number;
  sort?: 'created' | 'score';
  limit: number;
  offset: number;
}

/** The public answer of `GET /api/certificates/verify/:code`. */
export interface CertificateVerification {
  holder: { name: string; latinName: string };
  programme: { id: string; title: LocalizedText };
  dates: { start: string; end: string };
  place: LocalizedText | null;
  issuedAt: string;
  organiser: Ref | null;
  revoked: boolean;
}

export interface Criterion {
  id: string;
  position: number;
  label: LocalizedText;
  weight: number;
  maxScore: number;
}

export interface Review {
  id: string;
  reviewer: { id: string; name: string };
  scores: { criterionId: string; score: number }[];
  comment: string;
  score: number;
  createdAt: string;
  updatedAt: string;
}

export interface Reviews {
  items: Review[];
  score: number | null;
  /** Reviews the caller may not read yet (a reviewer sees the others' after writing their own). */
  hidden: number;
}

export interface DecisionInput {
  accept: string[];
  waitlist: string[];
  reject: string[];
}

export interface DecisionResult {
  accepted: string[];
  waitlisted: { id: string; position: number }[];
  rejected: string[];
  /** Accepted in the request but waitlisted: over capacity or quota. */
  overflow: string[];
}

export type AttendanceMark = 'present' | 'absent' | 'excused';

export interface AttendanceSummary {
  application: { id: string; status: ApplicationStatus; person: { id: string; name: string } };
  days: { date: string; status: AttendanceMark | null }[];
  present: number;
  absent: number;
  excused: number;
  presentShare: number;
  attended: boolean;
}

export interface AttendanceSheet {
  days: string[];
  requiredShare: number;
  items: AttendanceSummary[];
}

export interface IssuedCertificate {
  id: string;
  applicationId: string;
  person: { id: string; name: string; latinName: string };
  code: string;
  verifyUrl: string;
  issuedAt: string;
  revoked: boolean;
}

export interface Survey {
  status: 'draft' | 'open';
  openedAt: string | null;
  questions: Question[];
  myResponse: { submittedAt: string; answers: Answer[] } | null;
}

export interface SurveyResults {
  participants: number;
  respondents: number;
  questions: {
    question: Question;
    answered: number;
    options?: { value: string; count: number }[];
    mean?: number | null;
    min?: number | null;
    max?: number | null;
    texts?: string[];
  }[];
}
