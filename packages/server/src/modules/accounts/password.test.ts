import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, mailsTo, signIn, TEST_PASSWORD } from '../../../test/factories.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'a brand new passphrase';

const post = (url: string, payload: object, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
    payload,
  });

const requestReset = (email: string) => post('/api/auth/password-reset', { email });
const confirmReset = (token: string, password: string) =>
  post('/api/auth/password-reset/confirm', { token, password });
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
const login = (email: string, password: string) => post('/api/auth/login', { email, password });

/** Requests a reset for a new account and returns the account and the mailed token. */
async function resetMailed() {
  const account = await buildAccount(t.database.db);
  expect((await requestReset(account.email)).statusCode).toBe(202);
  const mails = await mailsTo(t.database.db, account.email);
  const match = /\/reset-password\?token=([\w-]+)/.exec(mails.at(-1)?.text_body ?? '');
  if (!match) throw new Error('no reset link mailed');
  return { account, token: match[1]! };
}

describe('password reset', () => {
  it('mails one link for an existing account, and answers an unknown email the same way', async () => {
    const account = await buildAccount(t.database.db);
    const known = await requestReset(account.email);
    expect(known.statusCode).toBe(202);
    const mails = await mailsTo(t.database.db, account.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.template).toBe('passwordReset');
    expect(mails[0]!.text_body).toMatch(/http:\/\/localhost:3000\/reset-password\?token=[\w-]{40,}/);

    const unknownEmail = `nobody-${Date.now()}@example.org`;
    const unknown = await requestReset(unknownEmail);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(unknown.headers['content-type']).toBe(known.headers['content-type']);
    expect(await mailsTo(t.database.db, unknownEmail)).toHaveLength(0);
  });

  it('sets the new password, ends every session, and works once', async () => {
    const { account, token } = await resetMailed();
    const sessions = [await signIn(t.app, account.email), await signIn(t.app, account.email)];

    const confirmed = await confirmReset(token, NEW_PASSWORD);
    expect(confirmed.statusCode).toBe(204);
    expect((await login(account.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(account.email, NEW_PASSWORD)).statusCode).toBe(200);
    for (const cookie of sessions) expect((await me(cookie)).statusCode).toBe(401);

    const again = await confirmReset(token, 'yet another passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('TOKEN_INVALID');
    expect((await login(account.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses an expired token', async () => {
    const { account, token } = await resetMailed();
    await t.database.db
      .updateTable('password_resets')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('account_id', '=', account.id)
      .execute();
    const response = await confirmReset(token, NEW_PASSWORD);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('TOKEN_INVALID');
    expect((await login(account.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a password shorter than 10 characters, and leaves the token usable', async () => {
    const { account, token } = await resetMailed();
    const response = await confirmReset(token, 'short');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.password' }],
    });
    expect((await confirmReset(token, NEW_PASSWORD)).statusCode).toBe(204);
    expect((await login(account.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('sends at most three mails an hour to one account', async () => {
    const account = await buildAccount(t.database.db);
    for (let i = 0; i < 5; i++) expect((await requestReset(account.email)).statusCode).toBe(202);
    expect(await mailsTo(t.database.db, account.email)).toHaveLength(3);
  });

  it('sends at most three mails to one account for a burst of parallel requests', async () => {
    const account = await buildAccount(t.database.db);
    const responses = await Promise.all(Array.from({ length: 8 }, () => requestReset(account.email)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(202));
    expect(await mailsTo(t.database.db, account.email)).toHaveLength(3);
  });
});

describe('password change', () => {
  it('refuses a wrong current password', async () => {
    const account = await buildAccount(t.database.db);
    const cookie = await signIn(t.app, account.email);
    const response = await post(
      '/api/auth/password',
      { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
      cookie,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.currentPassword' }],
    });
    expect((await login(account.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('changes the password, ends the other sessions and keeps this one', async () => {
    const account = await buildAccount(t.database.db);
    const other = await signIn(t.app, account.email);
    const cookie = await signIn(t.app, account.email);
    const response = await post(
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      cookie,
    );
    expect(response.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await login(account.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(account.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('needs a signed-in account', async () => {
    const response = await post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('profile', () => {
  const patch = (cookie: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie, origin: ORIGIN }, payload });

  it('changes the display name and language, audited with before and after', async () => {
    const account = await buildAccount(t.database.db);
    const cookie = await signIn(t.app, account.email);
    const response = await patch(cookie, { displayName: 'Нурлан Абенов', locale: 'kk' });
    expect(response.statusCode).toBe(200);
    expect(response.json().account).toMatchObject({ displayName: 'Нурлан Абенов', locale: 'kk' });
    expect((await me(cookie)).json().account).toMatchObject({ displayName: 'Нурлан Абенов', locale: 'kk' });

    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'account.updated')
      .where('entity_id', '=', account.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.request_id).toBe(response.headers['x-request-id']);
    expect(audit[0]!.actor_account_id).toBe(account.id);
    expect(audit[0]!.before).toMatchObject({ displayName: account.display_name, locale: 'en' });
    expect(audit[0]!.after).toMatchObject({ displayName: 'Нурлан Абенов', locale: 'kk' });
  });

  it('refuses an unsupported language and unknown fields', async () => {
    const account = await buildAccount(t.database.db);
    const cookie = await signIn(t.app, account.email);
    const french = await patch(cookie, { locale: 'fr' });
    expect(french.statusCode).toBe(400);
    expect(french.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.locale' }] });
    const unknown = await patch(cookie, { email: 'takeover@example.org' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.email', message: 'is not a known field' }],
    });
    expect((await me(cookie)).json().account).toMatchObject({ email: account.email, locale: 'en' });
  });
});
