import { buildUrl, request } from './client';
import type {
  Application,
  ApplicationFilter,
  ApplicationInput,
  Answer,
  CallInput,
  AttendanceSheet,
  AttendanceSummary,
  CertificateVerification,
  Criterion,
  DecisionInput,
  DecisionResult,
  IssuedCertificate,
  ProgrammeDetail,
  ProgrammeInput,
  ProgrammeSummary,
  QuestionInput,
  Quota,
  Reviews,
  Survey,
  SurveyResults,
} from './programmes-types';
import type { StoredFile } from './meetings-types';
import type { LocalizedText } from './registry-types';
import type { Page, PageQuery } from './types';

const enc = encodeURIComponent;
const oneProgramme = (id: string) => `/api/programmes/${enc(id)}`;
const oneApplication = (id: string) => `/api/applications/${enc(id)}`;

/** The programmes the caller may see, newest first; `open` keeps those whose call is open now. */
export function listProgrammes(
  query: PageQuery & { open?: boolean; kind?: string; q?: string },
): Promise<Page<ProgrammeSummary>> {
  return request<Page<ProgrammeSummary>>('/api/programmes', {
    query: { ...query, open: query.open ? 'true' : undefined },
  });
}

/** One programme with its call's form, `canEdit` and the caller's application. @throws {ApiError} NOT_FOUND. */
export function getProgramme(id: string): Promise<ProgrammeDetail> {
  return request<ProgrammeDetail>(oneProgramme(id));
}

/** Creates a programme. @throws {ApiError} PERIOD_NOT_UNDERSTOOD, VALIDATION_FAILED, FORBIDDEN. */
export function createProgramme(input: ProgrammeInput): Promise<ProgrammeDetail> {
  return request<ProgrammeDetail>('/api/programmes', { method: 'POST', body: input });
}

/** Changes a programme. @throws {ApiError} as `createProgramme`. */
export function updateProgramme(id: string, input: Partial<ProgrammeInput>): Promise<ProgrammeDetail> {
  return request<ProgrammeDetail>(oneProgramme(id), { method: 'PATCH', body: input });
}

/** Sets a programme's call (times in the organiser's zone, the form). @throws {ApiError} CALL_FORM_LOCKED. */
export function putCall(id: string, input: CallInput): Promise<ProgrammeDetail> {
  return request<ProgrammeDetail>(`${oneProgramme(id)}/call`, { method: 'PUT', body: input });
}

/**
 * Applies (for oneself, or nominating a member of one's organisation); `submit` submits at once.
 * @throws {ApiError} APPLICATION_EXISTS, CALL_NOT_OPEN, APPLICATION_INVALID (with `errors[]`).
 */
export function createApplication(programmeId: string, input: ApplicationInput): Promise<Application> {
  return request<Application>(`${oneProgramme(programmeId)}/applications`, { method: 'POST', body: input });
}

/** One application with its answers. @throws {ApiError} NOT_FOUND. */
export function getApplication(id: string): Promise<Application> {
  return request<Application>(oneApplication(id));
}

/** Saves a draft's answers. @throws {ApiError} CALL_NOT_OPEN, APPLICATION_WRONG_STATE. */
export function updateApplication(id: string, answers: Answer[]): Promise<Application> {
  return request<Application>(oneApplication(id), { method: 'PATCH', body: { answers } });
}

/** Submits a draft. @throws {ApiError} APPLICATION_INVALID (with `errors[]`), CALL_NOT_OPEN. */
export function submitApplication(id: string): Promise<Application> {
  return request<Application>(`${oneApplication(id)}/submit`, { method: 'POST', body: {} });
}

/** Withdraws an application. @throws {ApiError} APPLICATION_WRONG_STATE. */
export function withdrawApplication(id: string): Promise<Application> {
  return request<Application>(`${oneApplication(id)}/withdraw`, { method: 'POST', body: {} });
}

/** The caller's applications (for their person, or submitted by them). */
export function listMyApplications(page: PageQuery): Promise<Page<Application>> {
  return request<Page<Application>>('/api/me/applications', { query: { ...page } });
}

/** A programme's applications for its organisers, filtered. */
export function listApplications(programmeId: string, filter: ApplicationFilter): Promise<Page<Application>> {
  return request<Page<Application>>(`${oneProgramme(programmeId)}/applications`, { query: { ...filter } });
}

/**
 * The address of an export (a download link; the cookie authorises it): all applications, or the
 * participants (the accepted) only; personal data only for the organisers, as the server decides.
 */
export function applicationsExportUrl(
  programmeId: string,
  format: 'csv' | 'xlsx',
  filter: { status?: string; country?: string; community?: string; minScore?: number; lang: string },
  list: 'applications' | 'participants' = 'applications',
): string {
  return buildUrl(`${oneProgramme(programmeId)}/${list}/export`, { format, ...filter });
}

/** The address of an application's certificate (PDF, a download link). */
export function certificateUrl(applicationId: string, lang?: string): string {
  return buildUrl(`${oneApplication(applicationId)}/certificate.pdf`, { lang });
}

const oneDocument = (applicationId: string, fileId: string) =>
  `${oneApplication(applicationId)}/documents/${enc(fileId)}`;

/**
 * A document answering one of the application's file questions (its metadata), for whoever reads the
 * application. @throws {ApiError} NOT_FOUND.
 */
export function applicationDocument(applicationId: string, fileId: string): Promise<StoredFile> {
  return request<StoredFile>(oneDocument(applicationId, fileId));
}

/** The address of an application document's bytes (an attachment: link to it with `download`). */
export function applicationDocumentUrl(applicationId: string, fileId: string): string {
  return `${oneDocument(applicationId, fileId)}/content`;
}

/** Checks a certificate's verification code (public). @throws {ApiError} NOT_FOUND for a code that is not real. */
export function verifyCertificate(code: string): Promise<CertificateVerification> {
  return request<CertificateVerification>(`/api/certificates/verify/${enc(code)}`, { quiet401: true });
}

/** The review criteria of a programme. */
export function getCriteria(programmeId: string): Promise<{ criteria: Criterion[] }> {
  return request<{ criteria: Criterion[] }>(`${oneProgramme(programmeId)}/criteria`);
}

/** An application's reviews and aggregated score (the caller's own first visible to a reviewer). */
export function getReviews(applicationId: string): Promise<Reviews> {
  return request<Reviews>(`${oneApplication(applicationId)}/reviews`);
}

/** Writes (or rewrites) the caller's review of an application. @throws {ApiError} FORBIDDEN for a non-reviewer. */
export function putReview(
  applicationId: string,
  input: { scores: { criterionId: string; score: number }[]; comment?: string },
): Promise<Reviews> {
  return request<Reviews>(`${oneApplication(applicationId)}/review`, { method: 'PUT', body: input });
}

/** Accepts, waitlists and rejects applications; capacity and quotas move accepted ones over to the waitlist. */
export function postDecisions(programmeId: string, input: DecisionInput): Promise<DecisionResult> {
  return request<DecisionResult>(`${oneProgramme(programmeId)}/decisions`, { method: 'POST', body: input });
}

/** The attendance sheet: accepted people × days. */
export function getAttendance(programmeId: string): Promise<AttendanceSheet> {
  return request<AttendanceSheet>(`${oneProgramme(programmeId)}/attendance`);
}

/** Records one day's attendance (the lists replace that day's marks). */
export function putAttendance(
  programmeId: string,
  day: { date: string; present: string[]; absent: string[]; excused: string[] },
): Promise<AttendanceSheet> {
  return request<AttendanceSheet>(`${oneProgramme(programmeId)}/attendance`, { method: 'PUT', body: day });
}

/** The certificates issued for a programme. */
export function listCertificates(programmeId: string): Promise<Page<IssuedCertificate>> {
  return request<Page<IssuedCertificate>>(`${oneProgramme(programmeId)}/certificates`);
}

/** Issues certificates to accepted people who attended. @throws {ApiError} when one has not attended. */
export function issueCertificates(
  programmeId: string,
  applicationIds: string[],
): Promise<Page<IssuedCertificate>> {
  return request<Page<IssuedCertificate>>(`${oneProgramme(programmeId)}/certificates`, {
    method: 'POST',
    body: { applicationIds },
  });
}

/** A participant's own attendance (days, share, whether it counts as attended). */
export function getApplicationAttendance(
  applicationId: string,
): Promise<AttendanceSummary & { requiredShare: number }> {
  return request<AttendanceSummary & { requiredShare: number }>(
    `${oneApplication(applicationId)}/attendance`,
  );
}

const feedback = (programmeId: string) => `${oneProgramme(programmeId)}/feedback`;

/** The feedback survey with the caller's own response (participants) or its draft (organisers). */
export function getSurvey(programmeId: string): Promise<Survey> {
  return request<Survey>(feedback(programmeId));
}

/** Sets the survey's questions (only before anyone has answered). @throws {ApiError} CONFLICT. */
export function putSurvey(programmeId: string, questions: QuestionInput[]): Promise<Survey> {
  return request<Survey>(feedback(programmeId), { method: 'PUT', body: { questions } });
}

/** Opens the survey (after the programme's end) and mails the participants. @throws {ApiError} CONFLICT. */
export function openSurvey(programmeId: string): Promise<Survey> {
  return request<Survey>(`${feedback(programmeId)}/open`, { method: 'POST', body: {} });
}

/** A participant's answers, once. @throws {ApiError} VALIDATION_FAILED, ALREADY_EXISTS, CONFLICT (not open). */
export function answerSurvey(programmeId: string, answers: Answer[]): Promise<unknown> {
  return request<unknown>(`${feedback(programmeId)}/responses`, { method: 'POST', body: { answers } });
}

/** Participants who have not answered yet. */
export function listNonRespondents(
  programmeId: string,
): Promise<Page<{ applicationId: string; person: { id: string; name: string } }>> {
  return request(`${feedback(programmeId)}/non-respondents`);
}

/** Mails a reminder to the non-respondents. */
export function remindNonRespondents(programmeId: string): Promise<{ reminded: number; sent: number }> {
  return request(`${feedback(programmeId)}/reminders`, { method: 'POST', body: {} });
}

/** The survey's results per question. */
export function getSurveyResults(programmeId: string): Promise<SurveyResults> {
  return request<SurveyResults>(`${feedback(programmeId)}/results`);
}

/** The address of the results export (a download link). */
export function surveyResultsExportUrl(programmeId: string, format: 'csv' | 'xlsx', lang: string): string {
  return buildUrl(`${feedback(programmeId)}/results/export`, { format, lang });
}

/** A possible reviewer: an admin or editor of a state body, with the body and its country. */
export interface ReviewerCandidate {
  id: string;
  name: string;
  organisation: { id: string; name: string };
  countryCode: string | null;
}

/** Admins and editors of every state body whom the programme's editors may appoint, by name or body. */
export function getReviewerCandidates(
  programmeId: string,
  q: string,
): Promise<{ items: ReviewerCandidate[] }> {
  return request(
    buildUrl(`${oneProgramme(programmeId)}/reviewer-candidates`, { q: q || undefined, limit: 20 }),
  );
}

/** The programme's reviewers. */
export function getReviewers(programmeId: string): Promise<{ reviewers: { id: string; name: string }[] }> {
  return request(`${oneProgramme(programmeId)}/reviewers`);
}

/** Replaces the reviewers (accounts of state bodies' admins or editors). @throws {ApiError} VALIDATION_FAILED. */
export function putReviewers(
  programmeId: string,
  accountIds: string[],
): Promise<{ reviewers: { id: string; name: string }[] }> {
  return request(`${oneProgramme(programmeId)}/reviewers`, { method: 'PUT', body: { accountIds } });
}

/** Replaces the review criteria (before the first review). @throws {ApiError} CONFLICT once reviewed. */
export function putCriteria(
  programmeId: string,
  criteria: { id?: string; label: LocalizedText; weight: number; maxScore: number }[],
): Promise<{ criteria: Criterion[] }> {
  return request(`${oneProgramme(programmeId)}/criteria`, { method: 'PUT', body: { criteria } });
}

/** Replaces the quotas: seats per country of residence or per community. @throws {ApiError} VALIDATION_FAILED. */
export function putQuotas(
  programmeId: string,
  quotas: { countryCode?: string; community?: string; seats: number }[],
): Promise<{ quotas: Quota[] }> {
  return request(`${oneProgramme(programmeId)}/quotas`, { method: 'PUT', body: { quotas } });
}

/** Sets the share of days (per cent) a participant must attend for a certificate. */
export function putAttendanceRule(programmeId: string, requiredShare: number): Promise<AttendanceSheet> {
  return request<AttendanceSheet>(`${oneProgramme(programmeId)}/attendance/rule`, {
    method: 'PUT',
    body: { requiredShare },
  });
}

/** Revokes a certificate (its verification then says so). @throws {ApiError} CONFLICT when already revoked. */
export function revokeCertificate(certificateId: string, reason?: string): Promise<Page<IssuedCertificate>> {
  return request<Page<IssuedCertificate>>(`/api/certificates/${enc(certificateId)}/revoke`, {
    method: 'POST',
    body: reason ? { reason } : {},
  });
}
