import type {
  AccessTokensTable,
  AccountsTable,
  InvitationsTable,
  LoginAttemptsTable,
  PasswordResetsTable,
  RoleGrantsTable,
  SessionsTable,
} from '../modules/accounts/accounts.table.ts';
import type { AuditLogTable } from '../modules/audit/audit.table.ts';
import type { FilesTable } from '../modules/files/files.table.ts';
import type { OutboxTable } from '../modules/mail/mail.table.ts';
import type {
  DecisionFollowUpsTable,
  DecisionResponsibleBodiesTable,
  DecisionsTable,
  EventDelegationsTable,
  EventOrganisationsTable,
  EventParticipantsTable,
  EventSeriesTable,
  EventsTable,
  ProgrammeItemDocumentsTable,
  ProgrammeItemSpeakersTable,
  ProgrammeItemsTable,
} from '../modules/meetings/meetings.table.ts';
import type {
  MinutesAmendmentsTable,
  MinutesCommentsTable,
  MinutesTable,
  MinutesVersionsTable,
} from '../modules/minutes/minutes.table.ts';
import type {
  ContactsTable,
  OrganisationNamesTable,
  OrganisationRelationshipsTable,
  OrganisationsTable,
  PeopleTable,
  PersonNamesTable,
  PlaceNamesTable,
  PlacesTable,
  PositionsTable,
} from '../modules/registry/registry.table.ts';
import type {
  PlanItemBodiesTable,
  PlanItemEvidenceTable,
  PlanItemIndicatorsTable,
  PlanItemsTable,
  PlanItemUpdatesTable,
  PlansTable,
} from '../modules/plans/plans.table.ts';
import type {
  ApplicationAnswersTable,
  ApplicationsTable,
  CallQuestionsTable,
  CallsTable,
  ProgrammeBodiesTable,
  ProgrammeQuotasTable,
  ProgrammesTable,
} from '../modules/programmes/programmes.table.ts';
import type {
  FeedbackQuestionsTable,
  FeedbackResponsesTable,
  ProgrammeAttendanceTable,
  ProgrammeCertificatesTable,
  ProgrammeFollowupsTable,
  ProgrammeRemindersTable,
} from '../modules/programmes/attendance.table.ts';
import type {
  ApplicationReviewsTable,
  ProgrammeReviewersTable,
  ReviewCriteriaTable,
  ReviewScoresTable,
} from '../modules/programmes/reviews.table.ts';
import type { NameKeysTable } from '../modules/search/search.table.ts';

/** Every table Kysely may query, by name. Each module owns the types of its own tables. */
export interface Database {
  organisations: OrganisationsTable;
  organisation_names: OrganisationNamesTable;
  people: PeopleTable;
  person_names: PersonNamesTable;
  positions: PositionsTable;
  places: PlacesTable;
  place_names: PlaceNamesTable;
  organisation_relationships: OrganisationRelationshipsTable;
  contacts: ContactsTable;
  name_keys: NameKeysTable;
  accounts: AccountsTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  access_tokens: AccessTokensTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  login_attempts: LoginAttemptsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  files: FilesTable;
  event_series: EventSeriesTable;
  events: EventsTable;
  event_organisations: EventOrganisationsTable;
  event_delegations: EventDelegationsTable;
  event_participants: EventParticipantsTable;
  programme_items: ProgrammeItemsTable;
  programme_item_speakers: ProgrammeItemSpeakersTable;
  programme_item_documents: ProgrammeItemDocumentsTable;
  decisions: DecisionsTable;
  decision_responsible_bodies: DecisionResponsibleBodiesTable;
  decision_follow_ups: DecisionFollowUpsTable;
  minutes: MinutesTable;
  minutes_versions: MinutesVersionsTable;
  minutes_comments: MinutesCommentsTable;
  minutes_amendments: MinutesAmendmentsTable;
  plans: PlansTable;
  plan_items: PlanItemsTable;
  plan_item_bodies: PlanItemBodiesTable;
  plan_item_indicators: PlanItemIndicatorsTable;
  plan_item_evidence: PlanItemEvidenceTable;
  plan_item_updates: PlanItemUpdatesTable;
  programmes: ProgrammesTable;
  programme_bodies: ProgrammeBodiesTable;
  programme_quotas: ProgrammeQuotasTable;
  calls: CallsTable;
  call_questions: CallQuestionsTable;
  applications: ApplicationsTable;
  application_answers: ApplicationAnswersTable;
  programme_reviewers: ProgrammeReviewersTable;
  review_criteria: ReviewCriteriaTable;
  application_reviews: ApplicationReviewsTable;
  review_scores: ReviewScoresTable;
  programme_attendance: ProgrammeAttendanceTable;
  programme_followups: ProgrammeFollowupsTable;
  programme_reminders: ProgrammeRemindersTable;
  programme_certificates: ProgrammeCertificatesTable;
  feedback_questions: FeedbackQuestionsTable;
  feedback_responses: FeedbackResponsesTable;
}
