import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, signIn } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { enqueueMail } from './mail.service.ts';

describe('GET /api/me/messages', () => {
  let t: TestApp;
  let aliceCookie: string;
  let bobMessage: string;
  const aliceMessages: string[] = [];

  const vars = (n: number) => ({
    person: 'Aygün Məmmədova',
    programme: `Programme ${n}`,
    submitted: '1 June 2026',
    closes: '30 June 2026',
    link: `https://kopru.example.org/applications/${n}`,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const alice = await buildAccount(t.deps.db, { email: `alice-${Date.now()}@example.org` });
    const bob = await buildAccount(t.deps.db);
    for (let n = 1; n <= 3; n++) {
      // Queued to the address as a form might spell it: the outbox stores it lower-cased.
      aliceMessages.push(
        await enqueueMail(t.deps.db, {
          to: alice.email.toUpperCase(),
          template: 'applicationReceived',
          locale: 'az',
          vars: vars(n),
        }),
      );
    }
    bobMessage = await enqueueMail(t.deps.db, {
      to: bob.email,
      template: 'applicationReceived',
      locale: 'en',
      vars: vars(9),
    });
    aliceCookie = await signIn(t.app, alice.email);
  });
  afterAll(async () => t.close());

  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('lists exactly the caller’s messages, newest first, without recipients or bodies', async () => {
    const response = await get('/api/me/messages', aliceCookie);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(3);
    expect(body.items.map((m: { id: string }) => m.id)).toEqual([...aliceMessages].reverse());
    expect(body.items[0]).toEqual({
      id: aliceMessages[2],
      subject: 'Müraciət qəbul edildi: Programme 3',
      createdAt: expect.any(String),
      sentAt: null,
      status: 'pending',
    });
  });

  it('pages', async () => {
    const response = await get('/api/me/messages?limit=2&offset=2', aliceCookie);
    expect(response.json()).toMatchObject({ total: 3, items: [{ id: aliceMessages[0] }] });
  });

  it('opens one of the caller’s messages with its text body', async () => {
    const response = await get(`/api/me/messages/${aliceMessages[0]}`, aliceCookie);
    expect(response.statusCode).toBe(200);
    const message = response.json();
    expect(message.text).toContain('https://kopru.example.org/applications/1');
    expect(Object.keys(message).sort()).toEqual(['createdAt', 'id', 'sentAt', 'status', 'subject', 'text']);
  });

  it('answers 404 for a message addressed to someone else', async () => {
    const response = await get(`/api/me/messages/${bobMessage}`, aliceCookie);
    expect(response.statusCode).toBe(404);
  });

  it('answers 401 to anonymous callers', async () => {
    expect((await get('/api/me/messages')).statusCode).toBe(401);
    expect((await get(`/api/me/messages/${aliceMessages[0]}`)).statusCode).toBe(401);
  });
});
