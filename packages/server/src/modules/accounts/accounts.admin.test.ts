import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, signIn } from '../../../test/factories.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function setUp() {
  const db = t.database.db;
  const agency = await buildOrganisation(db);
  const other = await buildOrganisation(db);
  const secretariatOrg = await buildOrganisation(db, { kind: 'international_org' });
  const secretariat = await buildAccount(db, { role: 'secretariat', organisationId: secretariatOrg.id });
  const admin = await buildAccount(db, { role: 'agency_admin', organisationId: agency.id });
  const editor = await buildAccount(db, { role: 'agency_editor', organisationId: agency.id });
  const stranger = await buildAccount(db, { role: 'agency_editor', organisationId: other.id });
  const grantOf = async (accountId: string) =>
    (
      await db
        .selectFrom('role_grants')
        .select('id')
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow()
    ).id;
  return { agency, secretariat, admin, editor, stranger, grantOf };
}

describe('managing accounts and roles', () => {
  it('shows an agency admin only the accounts of its own body', async () => {
    const s = await setUp();
    const cookie = await signIn(t.app, s.admin.email);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/accounts?limit=200',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const emails = response.json().items.map((a: { email: string }) => a.email);
    expect(emails).toContain(s.editor.email);
    expect(emails).not.toContain(s.stranger.email);
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/accounts?limit=200',
      headers: { cookie: await signIn(t.app, s.secretariat.email) },
    });
    expect(all.json().items.map((a: { email: string }) => a.email)).toContain(s.stranger.email);
  });

  it('lets an agency admin withdraw an editor role of its body, audited, ending the sessions', async () => {
    const s = await setUp();
    const editorCookie = await signIn(t.app, s.editor.email);
    const cookie = await signIn(t.app, s.admin.email);
    const grantId = await s.grantOf(s.editor.id);
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/accounts/${s.editor.id}/roles/${grantId}`,
      headers: { cookie, origin: ORIGIN },
    });
    expect(response.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: editorCookie } }))
        .statusCode,
    ).toBe(401);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'role.revoked')
      .where('entity_id', '=', s.editor.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_account_id).toBe(s.admin.id);
    expect(audit.before).toMatchObject({ role: 'agency_editor', organisationId: s.agency.id });
  });

  it('refuses an agency admin a role of another body, and never withdraws the last secretariat', async () => {
    const s = await setUp();
    const cookie = await signIn(t.app, s.admin.email);
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/accounts/${s.stranger.id}/roles/${await s.grantOf(s.stranger.id)}`,
      headers: { cookie, origin: ORIGIN },
    });
    expect(foreign.statusCode).toBe(403);
    await t.database.db
      .deleteFrom('role_grants')
      .where('role', '=', 'secretariat')
      .where('account_id', '!=', s.secretariat.id)
      .execute();
    const last = await t.app.inject({
      method: 'DELETE',
      url: `/api/accounts/${s.secretariat.id}/roles/${await s.grantOf(s.secretariat.id)}`,
      headers: { cookie: await signIn(t.app, s.secretariat.email), origin: ORIGIN },
    });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('CONFLICT');
  });
});
