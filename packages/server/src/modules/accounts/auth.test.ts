import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, signIn, TEST_PASSWORD } from '../../../test/factories.ts';
import { createTestApp, ORIGIN, sessionCookie, type TestApp } from '../../../test/test-app.ts';
import { THROTTLE } from './throttle.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: ORIGIN, ...headers }, payload });

describe('sign-in', () => {
  it('signs in with the right password and shows the account with its roles', async () => {
    const org = await buildOrganisation(t.database.db, { name: 'State Committee on Work with Diaspora' });
    const account = await buildAccount(t.database.db, { role: 'agency_editor', organisationId: org.id });
    const response = await login({ email: account.email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'kopru_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: sessionCookie(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      account: { email: account.email },
      roles: [
        {
          role: 'agency_editor',
          organisation: { id: org.id, name: 'State Committee on Work with Diaspora' },
        },
      ],
    });
    expect(me.body).not.toContain('password');
  });

  it('refuses a wrong password with INVALID_CREDENTIALS and audits it', async () => {
    const account = await buildAccount(t.database.db);
    const response = await login({ email: account.email, password: 'wrong password!' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login_failed')
      .where('entity_id', '=', account.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_label).toBe(account.email);
  });

  it('refuses unknown fields in the body (no mass assignment)', async () => {
    const response = await login({ email: 'a@example.org', password: 'x', role: 'secretariat' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.role', message: 'is not a known field' }],
    });
  });

  it('gives a new session id at every sign-in (no session fixation)', async () => {
    const account = await buildAccount(t.database.db);
    const first = await signIn(t.app, account.email);
    const second = await login({ email: account.email, password: TEST_PASSWORD }, { cookie: first });
    expect(second.statusCode).toBe(200);
    expect(sessionCookie(second)).not.toBe(first);
    const old = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } });
    expect(old.statusCode).toBe(401);
  });

  it('ends the session at sign-out', async () => {
    const account = await buildAccount(t.database.db);
    const cookie = await signIn(t.app, account.email);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: ORIGIN },
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('UNAUTHENTICATED');
  });

  it('throttles an account after repeated failures, with Retry-After, even for the right password', async () => {
    const account = await buildAccount(t.database.db);
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect((await login({ email: account.email, password: `wrong-${i}` })).statusCode).toBe(401);
    }
    const locked = await login({ email: account.email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'THROTTLED' });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE.windowMs / 1000);
    expect(locked.json().retryAfter).toBe(retryAfter);
  });

  it('holds the limit against a burst of parallel attempts', async () => {
    const account = await buildAccount(t.database.db);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login({ email: account.email, password: `wrong-${i}` })),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLE.perAccount);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - THROTTLE.perAccount);
  });

  it('throttles a client IP that tries many accounts', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    // Without TRUST_PROXY the header is ignored, so all of these come from the inject address.
    const ip = '127.0.0.1';
    await t.database.db
      .insertInto('login_attempts')
      .values(
        Array.from({ length: THROTTLE.perIp }, (_, i) => ({
          email: `spray${i}@example.org`,
          ip,
          succeeded: false,
        })),
      )
      .execute();
    const account = await buildAccount(t.database.db);
    const response = await login({ email: account.email, password: TEST_PASSWORD }, headers);
    expect(response.statusCode).toBe(429);
    await t.database.db.deleteFrom('login_attempts').where('ip', '=', ip).execute();
  });
});
