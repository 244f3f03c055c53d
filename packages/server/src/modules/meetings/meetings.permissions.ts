import {
  type PermissionCase,
  publicRoute,
  rolesOnly,
  signedIn,
  UNKNOWN_ID,
} from '../../../test/permissions.ts';

// The meetings module's rows of the permission table. Writes to unknown ids pass the route-level
// rule and then answer 404; the record-level rules (owner, organiser, host) are tested in
// meetings.policy.test.ts.

const id = UNKNOWN_ID;
const editors = rolesOnly('secretariat', 'agency_admin', 'agency_editor');
const event = `/api/events/${id}`;

export const MEETINGS_CASES: PermissionCase[] = [
  { method: 'GET', route: '/api/series', url: '/api/series', expect: publicRoute },
  { method: 'GET', route: '/api/series/:id', url: `/api/series/${id}`, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/series',
    url: '/api/series',
    body: { code: 'PC', title: { en: 'Permission case series' } },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/series/:id',
    url: `/api/series/${id}`,
    body: { title: { en: 'Renamed' } },
    expect: editors,
  },
  { method: 'GET', route: '/api/events', url: '/api/events', expect: publicRoute },
  { method: 'GET', route: '/api/events/:id', url: event, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/events',
    url: '/api/events',
    body: {
      kind: 'meeting',
      title: { en: 'Permission case meeting' },
      startDate: '2019-02-08',
      endDate: '2019-02-08',
      timeZone: 'Asia/Baku',
    },
    expect: editors,
  },
  { method: 'PATCH', route: '/api/events/:id', url: event, body: { venue: 'Hall' }, expect: editors },
  { method: 'GET', route: '/api/events/:id/history', url: `${event}/history`, expect: publicRoute },
  {
    method: 'GET',
    route: '/api/people/:id/participation',
    url: `/api/people/${id}/participation`,
    expect: publicRoute,
  },
  {
    method: 'POST',
    route: '/api/events/:id/programme',
    url: `${event}/programme`,
    body: { kind: 'speech' },
    expect: editors,
  },
  {
    method: 'PUT',
    route: '/api/events/:id/programme/order',
    url: `${event}/programme/order`,
    body: { itemIds: [id] },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/events/:id/programme/:itemId',
    url: `${event}/programme/${id}`,
    body: { kind: 'discussion' },
    expect: editors,
  },
  {
    method: 'DELETE',
    route: '/api/events/:id/programme/:itemId',
    url: `${event}/programme/${id}`,
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/events/:id/delegations',
    url: `${event}/delegations`,
    body: { countryCode: 'TR' },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/events/:id/delegations/:delegationId',
    url: `${event}/delegations/${id}`,
    body: { countryCode: 'KZ' },
    expect: editors,
  },
  {
    method: 'DELETE',
    route: '/api/events/:id/delegations/:delegationId',
    url: `${event}/delegations/${id}`,
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/events/:id/participants',
    url: `${event}/participants`,
    body: { personId: id },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/events/:id/participants/:participantId',
    url: `${event}/participants/${id}`,
    body: { attendance: 'present' },
    expect: editors,
  },
  {
    method: 'DELETE',
    route: '/api/events/:id/participants/:participantId',
    url: `${event}/participants/${id}`,
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/events/:id/participants/:participantId/invitation',
    url: `${event}/participants/${id}/invitation`,
    body: {},
    expect: editors,
  },
  {
    method: 'POST',
    route: '/api/events/:id/participants/:participantId/rsvp',
    url: `${event}/participants/${id}/rsvp`,
    body: { response: 'accepted' },
    expect: signedIn,
  },
  { method: 'GET', route: '/api/decisions', url: '/api/decisions', expect: publicRoute },
  {
    method: 'POST',
    route: '/api/events/:id/decisions',
    url: `${event}/decisions`,
    body: { text: { en: 'A decision' } },
    expect: editors,
  },
  {
    method: 'PATCH',
    route: '/api/events/:id/decisions/:decisionId',
    url: `${event}/decisions/${id}`,
    body: { status: 'done' },
    expect: editors,
  },
];
