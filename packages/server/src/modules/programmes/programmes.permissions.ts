import {
  type PermissionCase,
  publicRoute,
  rolesOnly,
  signedIn,
  UNKNOWN_ID,
} from '../../../test/permissions.ts';

// The programmes module's rows of the permission table (plugins/permissions.test.ts). Requests on
// unknown ids pass the route-level rule and then answer 404; the record-level rules (the organising
// body, the applicant side of an application) are tested in applications.access.test.ts.

const id = UNKNOWN_ID;
const editors = rolesOnly('secretariat', 'agency_admin', 'agency_editor');
const programme = `/api/programmes/${id}`;
const application = `/api/applications/${id}`;

export const PROGRAMMES_CASES: PermissionCase[] = [
  { method: 'GET', route: '/api/programmes', url: '/api/programmes', expect: publicRoute },
  { method: 'GET', route: '/api/programmes/:id', url: programme, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/programmes',
    url: '/api/programmes',
    body: { kind: 'training', title: { en: 'Permission case training' } },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/programmes/:id',
    url: programme,
    body: { status: 'published' },
    expect: editors,
  },
  {
    method: 'PUT',
    route: '/api/programmes/:id/call',
    url: `${programme}/call`,
    body: {
      opensAt: { date: '2026-01-01', time: '09:00' },
      closesAt: { date: '2026-02-01', time: '23:59' },
      timeZone: 'Asia/Baku',
      questions: [],
    },
    expect: editors,
  },
  {
    method: 'PUT',
    route: '/api/programmes/:id/quotas',
    url: `${programme}/quotas`,
    body: { quotas: [] },
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/programmes/:id/applications',
    url: `${programme}/applications`,
    body: { answers: [] },
    expect: signedIn,
  },
  {
    method: 'GET',
    route: '/api/programmes/:id/applications',
    url: `${programme}/applications`,
    expect: editors,
  },
  { method: 'GET', route: '/api/me/applications', url: '/api/me/applications', expect: signedIn },
  { method: 'GET', route: '/api/applications/:id', url: application, expect: signedIn },
  {
    method: 'PATCH',
    route: '/api/applications/:id',
    url: application,
    body: { answers: [] },
    expect: signedIn,
  },
  {
    method: 'GET',
    route: '/api/applications/:id/documents/:fileId',
    url: `${application}/documents/${id}`,
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/applications/:id/documents/:fileId/content',
    url: `${application}/documents/${id}/content`,
    expect: publicRoute,
  },
  { method: 'POST', route: '/api/applications/:id/submit', url: `${application}/submit`, expect: signedIn },
  {
    method: 'POST',
    route: '/api/applications/:id/withdraw',
    url: `${application}/withdraw`,
    expect: signedIn,
  },
  // Reviews, decisions and exports: the route admits state bodies' accounts; the programme's editors
  // and reviewers are record-level rules (reviews.test.ts, decisions.test.ts, exports.test.ts).
  { method: 'GET', route: '/api/programmes/:id/reviewers', url: `${programme}/reviewers`, expect: editors },
  {
    method: 'GET',
    route: '/api/programmes/:id/reviewer-candidates',
    url: `${programme}/reviewer-candidates`,
    expect: editors,
  },
  {
    method: 'PUT',
    route: '/api/programmes/:id/reviewers',
    url: `${programme}/reviewers`,
    body: { accountIds: [] },
    expect: editors,
  },
  { method: 'GET', route: '/api/programmes/:id/criteria', url: `${programme}/criteria`, expect: editors },
  {
    method: 'PUT',
    route: '/api/programmes/:id/criteria',
    url: `${programme}/criteria`,
    body: { criteria: [] },
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/programmes/:id/start-review',
    url: `${programme}/start-review`,
    expect: editors,
  },
  {
    method: 'PUT',
    route: '/api/applications/:id/review',
    url: `${application}/review`,
    body: { scores: [] },
    expect: editors,
  },
  { method: 'GET', route: '/api/applications/:id/reviews', url: `${application}/reviews`, expect: editors },
  {
    method: 'POST',
    route: '/api/programmes/:id/decisions',
    url: `${programme}/decisions`,
    body: { accept: [] },
    expect: editors,
  },
  {
    method: 'GET',
    route: '/api/programmes/:id/applications/export',
    url: `${programme}/applications/export?format=csv`,
    expect: editors,
  },
  {
    method: 'GET',
    route: '/api/programmes/:id/participants/export',
    url: `${programme}/participants/export?format=xlsx`,
    expect: editors,
  },
  // After the programme: attendance and certificates (the holder's rules are in certificates.test.ts).
  { method: 'GET', route: '/api/programmes/:id/attendance', url: `${programme}/attendance`, expect: editors },
  {
    method: 'PUT',
    route: '/api/programmes/:id/attendance',
    url: `${programme}/attendance`,
    body: { date: '2026-06-01', present: [] },
    expect: editors,
  },
  {
    method: 'PUT',
    route: '/api/programmes/:id/attendance/rule',
    url: `${programme}/attendance/rule`,
    body: { requiredShare: 80 },
    expect: editors,
  },
  {
    method: 'GET',
    route: '/api/applications/:id/attendance',
    url: `${application}/attendance`,
    expect: signedIn,
  },
  {
    method: 'GET',
    route: '/api/programmes/:id/certificates',
    url: `${programme}/certificates`,
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/programmes/:id/certificates',
    url: `${programme}/certificates`,
    body: { applicationIds: [id] },
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/certificates/:id/revoke',
    url: `/api/certificates/${id}/revoke`,
    body: {},
    expect: editors,
  },
  {
    method: 'GET',
    route: '/api/applications/:id/certificate.pdf',
    url: `${application}/certificate.pdf`,
    expect: signedIn,
  },
  {
    method: 'GET',
    route: '/api/certificates/verify/:code',
    url: '/api/certificates/verify/not-a-real-code',
    expect: publicRoute,
  },
  // The feedback survey (participants' rules are in feedback.test.ts).
  { method: 'GET', route: '/api/programmes/:id/feedback', url: `${programme}/feedback`, expect: signedIn },
  {
    method: 'PUT',
    route: '/api/programmes/:id/feedback',
    url: `${programme}/feedback`,
    body: { questions: [{ kind: 'short_text', label: { en: 'Anything else?' } }] },
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/programmes/:id/feedback/open',
    url: `${programme}/feedback/open`,
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/programmes/:id/feedback/responses',
    url: `${programme}/feedback/responses`,
    body: { answers: [] },
    expect: signedIn,
  },
  {
    method: 'GET',
    route: '/api/programmes/:id/feedback/non-respondents',
    url: `${programme}/feedback/non-respondents`,
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/programmes/:id/feedback/reminders',
    url: `${programme}/feedback/reminders`,
    expect: editors,
  },
  {
    method: 'GET',
    route: '/api/programmes/:id/feedback/results',
    url: `${programme}/feedback/results`,
    expect: editors,
  },
  {
    method: 'GET',
    route: '/api/programmes/:id/feedback/results/export',
    url: `${programme}/feedback/results/export?format=csv`,
    expect: editors,
  },
];
