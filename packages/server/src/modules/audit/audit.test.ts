import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, mailsTo, signIn, TEST_PASSWORD } from '../../../test/factories.ts';
import { createTestApp, ORIGIN, sessionCookie, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let cookie: string;
let secretariatId: string;
let secretariatEmail: string;
let agencyId: string;

beforeAll(async () => {
  t = await createTestApp();
  const network = await buildOrganisation(t.database.db, { kind: 'international_org' });
  agencyId = (await buildOrganisation(t.database.db)).id;
  const secretariat = await buildAccount(t.database.db, { role: 'secretariat', organisationId: network.id });
  secretariatId = secretariat.id;
  secretariatEmail = secretariat.email;
  cookie = await signIn(t.app, secretariat.email);
});
afterAll(() => t.close());

interface AuditItem {
  id: number;
  at: string;
  actor: { id: string | null; label: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

async function audit(query: Record<string, string | number> = {}) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)] as [string, string]));
  const response = await t.app.inject({ method: 'GET', url: `/api/audit?${qs}`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: AuditItem[]; total: number };
}

const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, as = cookie) =>
  t.app.inject({ method, url, headers: { cookie: as, origin: ORIGIN }, ...(payload ? { payload } : {}) });

describe('the audit log', () => {
  it('shows a write with its actor, entity, before/after and the response’s request id', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    const response = await send('PATCH', '/api/auth/me', { displayName: 'Secretariat Desk' });
    expect(response.statusCode).toBe(200);
    const { items } = await audit({ action: 'account.updated', entityId: secretariatId });
    expect(items[0]).toMatchObject({
      actor: { id: secretariatId, label: secretariatEmail },
      action: 'account.updated',
      entityType: 'account',
      entityId: secretariatId,
      before: { displayName: me.json().account.displayName },
      after: { displayName: 'Secretariat Desk' },
      requestId: response.headers['x-request-id'],
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('filters by action, entity type, entity id and actor', async () => {
    const created = await send('POST', '/api/tokens', { name: 'filter me' });
    expect(created.statusCode).toBe(201);
    const tokenId = created.json().item.id as string;
    const stamp = Date.now();
    const other = await buildAccount(t.database.db, { email: `filter-actor-${stamp}@example.org` });
    await signIn(t.app, other.email);

    const byEntity = await audit({ entityType: 'access_token', entityId: tokenId });
    expect(byEntity.items.map((i) => i.action)).toEqual(['token.created']);
    expect(byEntity.total).toBe(1);

    const byAction = await audit({ action: 'auth.login' });
    expect(byAction.items.length).toBeGreaterThanOrEqual(2);
    expect(byAction.items.every((i) => i.action === 'auth.login')).toBe(true);

    const byActorId = await audit({ actor: other.id });
    expect(byActorId.items.length).toBeGreaterThan(0);
    expect(byActorId.items.every((i) => i.actor?.id === other.id)).toBe(true);

    const byActorEmail = await audit({ actor: `FILTER-ACTOR-${stamp}` });
    expect(byActorEmail.items.map((i) => i.id)).toEqual(byActorId.items.map((i) => i.id));

    expect((await audit({ actor: '100%_' })).total).toBe(0);
    expect((await audit({ entityType: 'no_such_type' })).total).toBe(0);
  });

  it('filters by time', async () => {
    const from = new Date(Date.now() - 1000);
    const response = await send('POST', '/api/tokens', { name: 'timed' });
    expect(response.statusCode).toBe(201);
    const tokenId = response.json().item.id as string;
    const to = new Date(Date.now() + 1000);
    const inside = await audit({ entityId: tokenId, from: from.toISOString(), to: to.toISOString() });
    expect(inside.total).toBe(1);
    const before = await audit({ entityId: tokenId, to: new Date(from.getTime() - 60_000).toISOString() });
    expect(before.total).toBe(0);
    const after = await audit({ entityId: tokenId, from: new Date(to.getTime() + 60_000).toISOString() });
    expect(after.total).toBe(0);
  });

  it('pages with limit and offset, newest first, with the total', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await send('PATCH', '/api/auth/me', { displayName: `Desk ${i}` })).statusCode).toBe(200);
    }
    const all = await audit({ action: 'account.updated', limit: 200 });
    expect(all.total).toBeGreaterThanOrEqual(5);
    expect(all.items).toHaveLength(all.total);
    expect(all.items.map((i) => i.id)).toEqual([...all.items.map((i) => i.id)].sort((a, b) => b - a));
    expect(all.items[0]!.after).toMatchObject({ displayName: 'Desk 4' });

    const page = await audit({ action: 'account.updated', limit: 2, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.items.map((i) => i.id)).toEqual(all.items.slice(1, 3).map((i) => i.id));
    const past = await audit({ action: 'account.updated', limit: 2, offset: all.total });
    expect(past).toEqual({ items: [], total: all.total });
  });

  it('never records a password hash or a token', async () => {
    const secrets: string[] = [];
    // An access token.
    const token = await send('POST', '/api/tokens', { name: 'secret scan' });
    secrets.push(token.json().token);
    // An invitation, accepted: its token, the new account's password.
    const email = `scan-${Date.now()}@example.org`;
    expect(
      (await send('POST', '/api/invitations', { email, role: 'agency_editor', organisationId: agencyId }))
        .statusCode,
    ).toBe(201);
    const invitationToken = /\/invitations\/([\w-]+)/.exec(
      (await mailsTo(t.database.db, email))[0]!.text_body,
    )![1]!;
    secrets.push(invitationToken);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      headers: { origin: ORIGIN },
      payload: { token: invitationToken, displayName: 'Scanned', password: 'invited password 1' },
    });
    expect(accepted.statusCode).toBe(200);
    secrets.push('invited password 1', sessionCookie(accepted).split('=')[1]!);
    // A password change and a reset.
    const invitee = sessionCookie(accepted);
    expect(
      (
        await send(
          'POST',
          '/api/auth/password',
          { currentPassword: 'invited password 1', newPassword: 'changed password 2' },
          invitee,
        )
      ).statusCode,
    ).toBe(204);
    secrets.push('changed password 2');
    await send('POST', '/api/auth/password-reset', { email });
    const resetToken = /token=([\w-]+)/.exec((await mailsTo(t.database.db, email)).at(-1)!.text_body)![1]!;
    secrets.push(resetToken);
    expect(
      (
        await send('POST', '/api/auth/password-reset/confirm', {
          token: resetToken,
          password: 'reset password 3',
        })
      ).statusCode,
    ).toBe(204);
    secrets.push('reset password 3', TEST_PASSWORD);
    // A failed sign-in with a password that looks like a token.
    await send('POST', '/api/auth/login', { email, password: 'kpr_wrong-password-guess' });
    secrets.push('kpr_wrong-password-guess');

    const hashes = await t.database.db
      .selectFrom('access_tokens')
      .select('token_hash as h')
      .union(t.database.db.selectFrom('invitations').select('token_hash as h'))
      .union(t.database.db.selectFrom('password_resets').select('token_hash as h'))
      .union(t.database.db.selectFrom('sessions').select('id as h'))
      .execute();
    expect(hashes.length).toBeGreaterThanOrEqual(4);

    const rows = await t.database.db.selectFrom('audit_log').select(['action', 'before', 'after']).execute();
    expect(rows.length).toBeGreaterThan(10);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('argon2');
    for (const secret of secrets) expect(dump, 'a secret in the audit log').not.toContain(secret);
    for (const { h } of hashes) expect(dump, 'a token hash in the audit log').not.toContain(h);
    // And the API shows the same rows.
    const api = JSON.stringify((await audit({ limit: 200 })).items);
    expect(api).not.toContain('argon2');
  });

  it('is closed to an agency admin', async () => {
    const admin = await buildAccount(t.database.db, { role: 'agency_admin', organisationId: agencyId });
    const adminCookie = await signIn(t.app, admin.email);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/audit',
      headers: { cookie: adminCookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});
