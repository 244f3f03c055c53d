import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, signIn } from '../../../test/factories.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let organisationId: string;
beforeAll(async () => {
  t = await createTestApp();
  organisationId = (await buildOrganisation(t.database.db)).id;
});
afterAll(() => t.close());

/** A signed-in editor with a fresh token. */
async function withToken(payload: object = { name: 'CI export' }) {
  const account = await buildAccount(t.database.db, { role: 'agency_editor', organisationId });
  const cookie = await signIn(t.app, account.email);
  const created = await createToken(cookie, payload);
  expect(created.statusCode).toBe(201);
  const { token, item } = created.json() as { token: string; item: { id: string; prefix: string } };
  return { account, cookie, token, item };
}

const createToken = (cookie: string, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie, origin: ORIGIN }, payload });

const withBearer = (token: string, url = '/api/auth/me') =>
  t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

describe('personal access tokens', () => {
  it('returns the token once and stores only its hash', async () => {
    const { account, token, item } = await withToken();
    expect(token).toMatch(/^kpr_[\w-]{40,}$/);
    expect(item.prefix).toBe(token.slice(0, 10));
    const rows = await t.database.db
      .selectFrom('access_tokens')
      .selectAll()
      .where('account_id', '=', account.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toBe(token);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(10));
  });

  it('lists the account’s tokens without their secrets', async () => {
    const { cookie, token, item } = await withToken({ name: 'Reporting' });
    const list = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: item.id, name: 'Reporting' }] });
    expect(list.body).not.toContain(token);
    expect(Object.keys(list.json().items[0]).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix'].sort(),
    );
  });

  it('signs a bearer request in as the same account with the same roles', async () => {
    const { cookie, token } = await withToken();
    const viaCookie = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    const viaToken = await withBearer(token);
    expect(viaToken.statusCode).toBe(200);
    expect(viaToken.json()).toEqual(viaCookie.json());
    expect(viaToken.json().roles).toMatchObject([
      { role: 'agency_editor', organisation: { id: organisationId } },
    ]);
  });

  it('exempts bearer requests from the Origin check, and lets no token create a token', async () => {
    const { token } = await withToken();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'child' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
    // Without a bearer token the same request, lacking an Origin, is a CSRF refusal.
    const cookieOnly = await t.app.inject({ method: 'POST', url: '/api/tokens', payload: { name: 'x' } });
    expect(cookieOnly.json().code).toBe('CSRF_REJECTED');
  });

  it('refuses a wrong bearer token with 401', async () => {
    const { token } = await withToken();
    for (const bad of [`${token}x`, 'kpr_nonsense', '']) {
      const response = await withBearer(bad);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('UNAUTHENTICATED');
    }
    // Even on a public route, a bad bearer token is refused rather than ignored.
    expect((await withBearer('kpr_nonsense', '/api/health')).statusCode).toBe(401);
  });

  it('stops working once revoked', async () => {
    const { cookie, token, item } = await withToken();
    expect((await withBearer(token)).statusCode).toBe(200);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${item.id}`,
      headers: { cookie, origin: ORIGIN },
    });
    expect(revoke.statusCode).toBe(204);
    expect((await withBearer(token)).statusCode).toBe(401);
    const list = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: { cookie } });
    expect(list.json().total).toBe(0);
  });

  it('refuses an expiry in the past, and stops working after its expiry', async () => {
    const account = await buildAccount(t.database.db);
    const cookie = await signIn(t.app, account.email);
    const past = await createToken(cookie, {
      name: 'old',
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.expiresAt' }] });

    const { token, item } = await withToken({
      name: 'short-lived',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect((await withBearer(token)).statusCode).toBe(200);
    await t.database.db
      .updateTable('access_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', item.id)
      .execute();
    const expired = await withBearer(token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('UNAUTHENTICATED');
  });

  it('does not let one account revoke another’s token', async () => {
    const owner = await withToken();
    const stranger = await buildAccount(t.database.db);
    const cookie = await signIn(t.app, stranger.email);
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${owner.item.id}`,
      headers: { cookie, origin: ORIGIN },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
    expect((await withBearer(owner.token)).statusCode).toBe(200);
  });
});
