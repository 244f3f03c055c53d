import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, mailsTo, signIn, TEST_PASSWORD } from '../../../test/factories.ts';
import { createTestApp, ORIGIN, sessionCookie, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let agency: { id: string };
let secretariatCookie: string;
let secretariatId: string;

beforeAll(async () => {
  t = await createTestApp();
  const network = await buildOrganisation(t.database.db, { kind: 'international_org', name: 'Network' });
  agency = await buildOrganisation(t.database.db, { name: 'Agency for Diaspora Affairs' });
  const secretariat = await buildAccount(t.database.db, { role: 'secretariat', organisationId: network.id });
  secretariatId = secretariat.id;
  secretariatCookie = await signIn(t.app, secretariat.email);
});
afterAll(() => t.close());

let n = 0;
const freshEmail = () => `invitee${++n}-${Date.now()}@example.org`;

const invite = (cookie: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers: { cookie, origin: ORIGIN, ...headers },
    payload,
  });

const accept = (payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/invitations/accept', headers: { origin: ORIGIN }, payload });

/** The token in the newest invitation mail to `email`. */
async function tokenMailedTo(email: string): Promise<string> {
  const mails = await mailsTo(t.database.db, email);
  const match = /http:\/\/localhost:3000\/invitations\/([\w-]+)/.exec(mails.at(-1)?.text_body ?? '');
  if (!match) throw new Error(`no invitation link mailed to ${email}`);
  return match[1]!;
}

/** Invites `email` as the secretariat and returns the invitation and its token. */
async function invited(email: string, role = 'agency_editor', organisationId = agency.id) {
  const response = await invite(secretariatCookie, { email, role, organisationId });
  expect(response.statusCode).toBe(201);
  return { invitation: response.json(), token: await tokenMailedTo(email) };
}

async function accountAdmin(organisationId: string) {
  const admin = await buildAccount(t.database.db, { role: 'agency_admin', organisationId });
  return signIn(t.app, admin.email);
}

describe('inviting', () => {
  it('mails a link built from PUBLIC_URL (never the Host header) in the invitation language', async () => {
    const email = freshEmail();
    const response = await invite(
      secretariatCookie,
      { email: email.toUpperCase(), role: 'agency_editor', organisationId: agency.id, locale: 'ru' },
      { host: 'evil.example' },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      email,
      role: 'agency_editor',
      organisation: { id: agency.id, name: 'Agency for Diaspora Affairs' },
      status: 'pending',
    });
    const mails = await mailsTo(t.database.db, email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe('Приглашение в Köprü');
    expect(mail.locale).toBe('ru');
    expect(mail.template).toBe('invitation');
    expect(mail.text_body).toContain('редактор ведомства');
    expect(mail.text_body).toMatch(/http:\/\/localhost:3000\/invitations\/[\w-]{40,}/);
    expect(mail.text_body).not.toContain('evil.example');
  });

  it('shows the invitation behind a token without signing in', async () => {
    const email = freshEmail();
    const { token } = await invited(email);
    const response = await t.app.inject({ method: 'GET', url: `/api/invitations/by-token/${token}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      email,
      role: 'agency_editor',
      organisation: { id: agency.id, name: 'Agency for Diaspora Affairs' },
      accountExists: false,
    });
  });

  it('refuses an unknown token with TOKEN_INVALID', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/invitations/by-token/not-a-real-token-at-all',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('TOKEN_INVALID');
  });
});

describe('accepting', () => {
  it('creates the account, grants the role and signs the person in', async () => {
    const email = freshEmail();
    const { token } = await invited(email);
    const response = await accept({ token, displayName: 'Aynur Məmmədova', password: 'a new password 123' });
    expect(response.statusCode).toBe(200);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: sessionCookie(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      account: { email, displayName: 'Aynur Məmmədova' },
      roles: [{ role: 'agency_editor', organisation: { id: agency.id } }],
    });
    // The password chosen at acceptance is the account's password from now on.
    await expect(signIn(t.app, email, 'a new password 123')).resolves.toMatch(/^kopru_session=/);
  });

  it('works only once', async () => {
    const { token } = await invited(freshEmail());
    expect((await accept({ token, displayName: 'First', password: TEST_PASSWORD })).statusCode).toBe(200);
    const again = await accept({ token, displayName: 'Second', password: TEST_PASSWORD });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('TOKEN_INVALID');
    const preview = await t.app.inject({ method: 'GET', url: `/api/invitations/by-token/${token}` });
    expect(preview.json().code).toBe('TOKEN_INVALID');
  });

  it('refuses an expired invitation', async () => {
    const email = freshEmail();
    const { invitation, token } = await invited(email);
    await t.database.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', invitation.id)
      .execute();
    const response = await accept({ token, displayName: 'Late', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('TOKEN_INVALID');
    const preview = await t.app.inject({ method: 'GET', url: `/api/invitations/by-token/${token}` });
    expect(preview.json().code).toBe('TOKEN_INVALID');
    const accounts = await t.database.db
      .selectFrom('accounts')
      .selectAll()
      .where('email', '=', email)
      .execute();
    expect(accounts).toHaveLength(0);
  });

  it('refuses a revoked invitation', async () => {
    const { invitation, token } = await invited(freshEmail());
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/invitations/${invitation.id}`,
      headers: { cookie: secretariatCookie, origin: ORIGIN },
    });
    expect(revoke.statusCode).toBe(204);
    const response = await accept({ token, displayName: 'Revoked', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('TOKEN_INVALID');
  });

  it('asks an existing account for its own password, then adds the role', async () => {
    const other = await buildOrganisation(t.database.db, { name: 'Second Agency' });
    const existing = await buildAccount(t.database.db, { role: 'agency_editor', organisationId: other.id });
    const { token } = await invited(existing.email);
    const preview = await t.app.inject({ method: 'GET', url: `/api/invitations/by-token/${token}` });
    expect(preview.json().accountExists).toBe(true);

    const wrong = await accept({ token, displayName: 'Whoever', password: 'not the password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.password' }] });

    const right = await accept({ token, displayName: 'Whoever', password: TEST_PASSWORD });
    expect(right.statusCode).toBe(200);
    const roles = right
      .json()
      .roles.map((r: { role: string; organisation: { id: string } }) => [r.role, r.organisation.id]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['agency_editor', other.id],
        ['agency_editor', agency.id],
      ]),
    );
    // The existing account keeps its name and password; no second account appears.
    expect(right.json().account).toMatchObject({ id: existing.id, displayName: existing.display_name });
    const accounts = await t.database.db
      .selectFrom('accounts')
      .selectAll()
      .where('email', '=', existing.email)
      .execute();
    expect(accounts).toHaveLength(1);
  });

  it('accepts exactly one of two parallel attempts with the same token', async () => {
    const email = freshEmail();
    const { token } = await invited(email);
    const responses = await Promise.all([
      accept({ token, displayName: 'One', password: TEST_PASSWORD }),
      accept({ token, displayName: 'Two', password: TEST_PASSWORD }),
    ]);
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 400]);
    expect(responses.find((r) => r.statusCode === 400)!.json().code).toBe('TOKEN_INVALID');
    const accounts = await t.database.db
      .selectFrom('accounts')
      .selectAll()
      .where('email', '=', email)
      .execute();
    expect(accounts).toHaveLength(1);
    const grants = await t.database.db
      .selectFrom('role_grants')
      .where('account_id', '=', accounts[0]!.id)
      .execute();
    expect(grants).toHaveLength(1);
  });

  it('audits every step with its actor and request id', async () => {
    const email = freshEmail();
    const created = await invite(secretariatCookie, {
      email,
      role: 'agency_editor',
      organisationId: agency.id,
    });
    expect(created.statusCode).toBe(201);
    const invitationId = created.json().id as string;
    const token = await tokenMailedTo(email);
    const accepted = await accept({ token, displayName: 'Audited', password: TEST_PASSWORD });
    expect(accepted.statusCode).toBe(200);
    const accountId = accepted.json().account.id as string;

    const rows = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) => eb.or([eb('entity_id', '=', invitationId), eb('entity_id', '=', accountId)]))
      .where('action', 'in', ['invitation.created', 'account.created', 'role.granted', 'invitation.accepted'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'invitation.created',
      'account.created',
      'role.granted',
      'invitation.accepted',
    ]);
    const [createdRow, ...acceptRows] = rows;
    expect(createdRow).toMatchObject({
      actor_account_id: secretariatId,
      request_id: created.headers['x-request-id'],
      entity_type: 'invitation',
    });
    expect(createdRow!.after).toMatchObject({ email, role: 'agency_editor' });
    for (const row of acceptRows) {
      expect(row.actor_account_id).toBe(accountId);
      expect(row.actor_label).toBe(email);
      expect(row.request_id).toBe(accepted.headers['x-request-id']);
    }
    expect(acceptRows[1]!.after).toMatchObject({ role: 'agency_editor', organisationId: agency.id });
  });
});

describe('who may invite', () => {
  it('lets an agency admin invite editors of its own body', async () => {
    const cookie = await accountAdmin(agency.id);
    const response = await invite(cookie, {
      email: freshEmail(),
      role: 'agency_editor',
      organisationId: agency.id,
    });
    expect(response.statusCode).toBe(201);
  });

  it('refuses an agency admin for another body, or for the secretariat role', async () => {
    const cookie = await accountAdmin(agency.id);
    const other = await buildOrganisation(t.database.db);
    const elsewhere = await invite(cookie, {
      email: freshEmail(),
      role: 'agency_editor',
      organisationId: other.id,
    });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().code).toBe('FORBIDDEN');
    const secretariat = await invite(cookie, {
      email: freshEmail(),
      role: 'secretariat',
      organisationId: agency.id,
    });
    expect(secretariat.statusCode).toBe(403);
    expect(secretariat.json().code).toBe('FORBIDDEN');
  });

  it('lets an agency admin invite representatives of the diaspora organisations its body curates only', async () => {
    const cookie = await accountAdmin(agency.id);
    const curated = await buildOrganisation(t.database.db, { kind: 'diaspora_org', owner_org_id: agency.id });
    const foreign = await buildOrganisation(t.database.db, {
      kind: 'diaspora_org',
      owner_org_id: (await buildOrganisation(t.database.db)).id,
    });
    const ours = await invite(cookie, { email: freshEmail(), role: 'org_rep', organisationId: curated.id });
    expect(ours.statusCode).toBe(201);
    const theirs = await invite(cookie, { email: freshEmail(), role: 'org_rep', organisationId: foreign.id });
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().code).toBe('FORBIDDEN');
  });

  it('refuses an agency editor', async () => {
    const editor = await buildAccount(t.database.db, { role: 'agency_editor', organisationId: agency.id });
    const cookie = await signIn(t.app, editor.email);
    const response = await invite(cookie, {
      email: freshEmail(),
      role: 'agency_editor',
      organisationId: agency.id,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });

  it('sends no mail when the invitation is refused', async () => {
    const cookie = await accountAdmin(agency.id);
    const email = freshEmail();
    const other = await buildOrganisation(t.database.db);
    await invite(cookie, { email, role: 'agency_admin', organisationId: other.id });
    expect(await mailsTo(t.database.db, email)).toHaveLength(0);
  });
});
