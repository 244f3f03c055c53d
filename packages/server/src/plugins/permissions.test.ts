import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, signIn } from '../../test/factories.ts';
import { CALENDAR_CASES } from '../modules/calendar/calendar.permissions.ts';
import { FILE_CASES } from '../modules/files/files.permissions.ts';
import { IMPORT_CASES } from '../modules/imports/imports.permissions.ts';
import { MEETINGS_CASES } from '../modules/meetings/meetings.permissions.ts';
import { MINUTES_CASES } from '../modules/minutes/minutes.permissions.ts';
import { PERIODS_CASES } from '../modules/periods/periods.permissions.ts';
import { PLANS_CASES } from '../modules/plans/plans.permissions.ts';
import { PROGRAMMES_CASES } from '../modules/programmes/programmes.permissions.ts';
import { REGISTRY_CASES } from '../modules/registry/registry.permissions.ts';
import { REPORTS_CASES } from '../modules/reports/reports.permissions.ts';
import { SEARCH_CASES } from '../modules/search/search.permissions.ts';
import {
  type PermissionCase,
  publicRoute,
  rolesOnly,
  signedIn,
  UNKNOWN_ID,
  type Who,
  WHO,
} from '../../test/permissions.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../test/test-app.ts';

// Every route × every role, with the expected outcome: 'ok' means the route-level rule let the
// request through (any status but 401/403); a number is the exact refusal. A route missing from
// this table fails the first test, so no route ships without an authorisation decision.

const id = UNKNOWN_ID;
const FOUNDATION_CASES: PermissionCase[] = [
  { method: 'GET', route: '/api/health', url: '/api/health', expect: publicRoute },
  { method: 'GET', route: '/api/openapi.json', url: '/api/openapi.json', expect: publicRoute },
  {
    method: 'POST',
    route: '/api/auth/login',
    url: '/api/auth/login',
    body: { email: 'x@example.org', password: 'x' },
    expect: { ...publicRoute },
  },
  {
    method: 'GET',
    route: '/api/accounts',
    url: '/api/accounts',
    expect: rolesOnly('secretariat', 'agency_admin'),
  },
  {
    method: 'DELETE',
    route: '/api/accounts/:id/roles/:grantId',
    url: `/api/accounts/${id}/roles/${id}`,
    expect: rolesOnly('secretariat', 'agency_admin'),
  },
  { method: 'POST', route: '/api/auth/logout', url: '/api/auth/logout', expect: publicRoute },
  { method: 'GET', route: '/api/auth/me', url: '/api/auth/me', expect: signedIn },
  { method: 'PATCH', route: '/api/auth/me', url: '/api/auth/me', body: { locale: 'az' }, expect: signedIn },
  {
    method: 'POST',
    route: '/api/auth/password',
    url: '/api/auth/password',
    body: { currentPassword: 'x', newPassword: 'y'.repeat(12) },
    expect: signedIn,
  },
  {
    method: 'POST',
    route: '/api/auth/password-reset',
    url: '/api/auth/password-reset',
    body: { email: 'nobody@example.org' },
    expect: publicRoute,
  },
  {
    method: 'POST',
    route: '/api/auth/password-reset/confirm',
    url: '/api/auth/password-reset/confirm',
    body: { token: 'x'.repeat(20), password: 'y'.repeat(12) },
    expect: publicRoute,
  },
  {
    method: 'GET',
    route: '/api/invitations',
    url: '/api/invitations',
    expect: rolesOnly('secretariat', 'agency_admin'),
  },
  {
    method: 'POST',
    route: '/api/invitations',
    url: '/api/invitations',
    body: { email: 'new@example.org', role: 'agency_editor', organisationId: id },
    expect: rolesOnly('secretariat', 'agency_admin'),
  },
  {
    method: 'DELETE',
    route: '/api/invitations/:id',
    url: `/api/invitations/${id}`,
    expect: rolesOnly('secretariat', 'agency_admin'),
  },
  {
    method: 'GET',
    route: '/api/invitations/by-token/:token',
    url: `/api/invitations/by-token/${'x'.repeat(20)}`,
    expect: publicRoute,
  },
  {
    method: 'POST',
    route: '/api/invitations/accept',
    url: '/api/invitations/accept',
    body: { token: 'x'.repeat(20), displayName: 'X', password: 'y'.repeat(12) },
    expect: publicRoute,
  },
  { method: 'GET', route: '/api/tokens', url: '/api/tokens', expect: signedIn },
  { method: 'POST', route: '/api/tokens', url: '/api/tokens', body: { name: 'script' }, expect: signedIn },
  { method: 'DELETE', route: '/api/tokens/:id', url: `/api/tokens/${id}`, expect: signedIn },
  { method: 'GET', route: '/api/outbox', url: '/api/outbox', expect: rolesOnly('secretariat') },
  { method: 'GET', route: '/api/outbox/:id', url: `/api/outbox/${id}`, expect: rolesOnly('secretariat') },
  { method: 'GET', route: '/api/me/messages', url: '/api/me/messages', expect: signedIn },
  { method: 'GET', route: '/api/me/messages/:id', url: `/api/me/messages/${id}`, expect: signedIn },
  { method: 'GET', route: '/api/audit', url: '/api/audit', expect: rolesOnly('secretariat') },
  { method: 'GET', route: '/api/organisations', url: '/api/organisations', expect: publicRoute },
];

// Each module adds its own list here.
const CASES: PermissionCase[] = [
  ...FOUNDATION_CASES,
  ...SEARCH_CASES,
  ...REGISTRY_CASES,
  ...IMPORT_CASES,
  ...MEETINGS_CASES,
  ...FILE_CASES,
  ...MINUTES_CASES,
  ...CALENDAR_CASES,
  ...PERIODS_CASES,
  ...PLANS_CASES,
  ...REPORTS_CASES,
  ...PROGRAMMES_CASES,
];

let t: TestApp;
const emails = new Map<Who, string>();

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t.database.db);
  for (const who of WHO) {
    if (who === 'anonymous') continue;
    const account = await buildAccount(
      t.database.db,
      who === 'member' ? {} : { role: who, organisationId: org.id },
    );
    emails.set(who, account.email);
  }
});
afterAll(() => t.close());

describe('authorisation of every route', () => {
  it('has a case for every API route the app serves, and no case for a route it does not', () => {
    const served = t.app.routeAccess
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(CASES.map((c) => `${c.method} ${c.route}`).sort()).toEqual(served);
  });

  for (const c of CASES) {
    for (const who of WHO) {
      it(`${c.method} ${c.route} as ${who} → ${c.expect[who]}`, async () => {
        // A fresh session per case: sign-in, sign-out and password changes end sessions.
        const email = emails.get(who);
        const cookie = email ? await signIn(t.app, email) : undefined;
        const response = await t.app.inject({
          method: c.method,
          url: c.url,
          headers: {
            origin: ORIGIN,
            ...(cookie ? { cookie } : {}),
            ...(c.raw ? { 'content-type': c.raw.contentType } : {}),
          },
          ...(c.body ? { payload: c.body } : {}),
          ...(c.raw ? { payload: c.raw.payload } : {}),
        });
        if (c.expect[who] === 'ok') {
          const code = response.statusCode >= 400 ? response.json().code : undefined;
          expect(['UNAUTHENTICATED', 'FORBIDDEN', 'CSRF_REJECTED'], response.body).not.toContain(code);
        } else {
          expect(response.statusCode, response.body).toBe(c.expect[who]);
          expect(response.json().code).toBe(c.expect[who] === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        }
      });
    }
  }
});
