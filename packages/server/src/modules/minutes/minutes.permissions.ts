import {
  type PermissionCase,
  publicRoute,
  rolesOnly,
  signedIn,
  UNKNOWN_ID,
} from '../../../test/permissions.ts';

// The minutes' rows of the permission table. Route rules are the coarse gate (editors' routes are
// closed to other roles; delegations' routes to anonymous callers); on an unknown id every route
// that lets the request through answers 404.

const id = UNKNOWN_ID;
const editors = rolesOnly('secretariat', 'agency_admin', 'agency_editor');
const step = (name: string, body: object): PermissionCase => ({
  method: 'POST',
  route: `/api/minutes/:id/${name}`,
  url: `/api/minutes/${id}/${name}`,
  body,
  expect: editors,
});

export const MINUTES_CASES: PermissionCase[] = [
  { method: 'GET', route: '/api/events/:id/minutes', url: `/api/events/${id}/minutes`, expect: publicRoute },
  {
    method: 'POST',
    route: '/api/events/:id/minutes',
    url: `/api/events/${id}/minutes`,
    body: { paragraphs: [] },
    expect: editors,
  },
  {
    method: 'PUT',
    route: '/api/minutes/:id',
    url: `/api/minutes/${id}`,
    body: { baseVersion: 1, paragraphs: [] },
    expect: editors,
  },
  step('circulate', { baseVersion: 1 }),
  step('adopt', { baseVersion: 1 }),
  step('lock', { baseVersion: 1 }),
  step('reopen', { reason: 'A correction.' }),
  {
    method: 'POST',
    route: '/api/minutes/:id/comments',
    url: `/api/minutes/${id}/comments`,
    body: { paragraphId: id, baseVersion: 1, body: 'A comment.' },
    expect: signedIn,
  },
  {
    method: 'POST',
    route: '/api/minutes/:id/amendments',
    url: `/api/minutes/${id}/amendments`,
    body: { paragraphId: id, lang: 'en', baseVersion: 1, text: 'New text.' },
    expect: signedIn,
  },
  ...(['accept', 'reject'] as const).map(
    (decision): PermissionCase => ({
      method: 'POST',
      route: `/api/minutes/:id/amendments/:amendmentId/${decision}`,
      url: `/api/minutes/${id}/amendments/${id}/${decision}`,
      body: { reason: 'Decided.' },
      expect: editors,
    }),
  ),
  { method: 'GET', route: '/api/minutes/:id/versions', url: `/api/minutes/${id}/versions`, expect: signedIn },
  {
    method: 'GET',
    route: '/api/minutes/:id/versions/:number',
    url: `/api/minutes/${id}/versions/1`,
    expect: signedIn,
  },
  {
    method: 'GET',
    route: '/api/minutes/:id/diff',
    url: `/api/minutes/${id}/diff?from=1&to=2`,
    expect: signedIn,
  },
  {
    method: 'GET',
    route: '/api/minutes/:id/export.pdf',
    url: `/api/minutes/${id}/export.pdf`,
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/minutes/:id/export.html',
    url: `/api/minutes/${id}/export.html`,
    expect: publicRoute,
  },
];
