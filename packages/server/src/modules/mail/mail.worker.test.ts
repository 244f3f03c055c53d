import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, mailsTo, signIn } from '../../../test/factories.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/test-app.ts';
import { deliverDue, MAX_ATTEMPTS, smtpSender } from './mail.worker.ts';

interface Received {
  envelopeTo: string[];
  headers: Map<string, string>;
  text: string;
}

/** Bytes of a quoted-printable (or RFC 2047 "Q") string. */
function qpBytes(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(s.charCodeAt(i));
  }
  return Buffer.from(out);
}

/** Decodes RFC 2047 encoded words; adjacent words are joined before UTF-8 decoding. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) =>
      Buffer.concat(
        [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, encoding, text]) =>
          encoding!.toUpperCase() === 'B'
            ? Buffer.from(text!, 'base64')
            : qpBytes(text!.replaceAll('_', ' ')),
        ),
      ).toString('utf8'),
    );
}

/** Just enough MIME for a single-part text message as nodemailer writes it. */
function parseMessage(raw: string, envelopeTo: string[]): Received {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n([ \t])/g, '$1');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? qpBytes(body.replace(/=\r\n/g, '')).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
        : body;
  return { envelopeTo, headers, text: text.replace(/\r\n/g, '\n').trim() };
}

let t: TestApp;
let smtp: SMTPServer;
let smtpUrl: string;
let rejecting = false;
const received: Received[] = [];
const FROM = 'Köprü <no-reply@example.org>';

beforeAll(async () => {
  t = await createTestApp();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (rejecting) return callback(new Error('mailbox full'));
        received.push(
          parseMessage(
            Buffer.concat(chunks).toString('latin1'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  await t.close();
});
beforeEach(async () => {
  // Each test delivers what it queued, and nothing left over from another test.
  await t.database.db.deleteFrom('outbox').execute();
  received.length = 0;
  rejecting = false;
});

/** Queues a password-reset mail through the API for a new account in `locale`. */
async function queueResetMail(locale: string) {
  const account = await buildAccount(t.database.db);
  await t.database.db.updateTable('accounts').set({ locale }).where('id', '=', account.id).execute();
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset',
    headers: { origin: ORIGIN },
    payload: { email: account.email },
  });
  expect(response.statusCode).toBe(202);
  const [mail] = await mailsTo(t.database.db, account.email);
  return mail!;
}

const outboxRow = (id: string) =>
  t.database.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('mail delivery over SMTP', () => {
  it('sends due mail with its recipient, subject and body intact, and marks it sent', async () => {
    const english = await queueResetMail('en');
    const russian = await queueResetMail('ru');
    const result = await deliverDue(t.database.db, smtpSender(smtpUrl, FROM));
    expect(result).toEqual({ sent: 2, failed: 0 });
    expect(received).toHaveLength(2);
    for (const queued of [english, russian]) {
      const message = received.find((m) => m.envelopeTo.includes(queued.to_address));
      expect(message, `a message to ${queued.to_address}`).toBeDefined();
      expect(message!.headers.get('to')).toBe(queued.to_address);
      expect(message!.headers.get('from')).toBe(FROM);
      expect(message!.headers.get('subject')).toBe(queued.subject);
      expect(message!.headers.get('x-kopru-message-id')).toBe(queued.id);
      expect(message!.text).toBe(queued.text_body.trim());
      const row = await outboxRow(queued.id);
      expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
      expect(row.sent_at).toBeInstanceOf(Date);
    }
    expect(received.find((m) => m.envelopeTo.includes(russian.to_address))!.headers.get('subject')).toBe(
      'Сброс пароля Köprü',
    );
    expect(received.find((m) => m.envelopeTo.includes(russian.to_address))!.text).toContain(
      'Задайте новый пароль',
    );
    // Sent mail is not sent again.
    expect(await deliverDue(t.database.db, smtpSender(smtpUrl, FROM))).toEqual({ sent: 0, failed: 0 });
  });

  it('retries a refused mail later with a growing backoff, and gives up after MAX_ATTEMPTS', async () => {
    const queued = await queueResetMail('en');
    rejecting = true;
    const send = smtpSender(smtpUrl, FROM);

    const before = Date.now();
    expect(await deliverDue(t.database.db, send)).toEqual({ sent: 0, failed: 1 });
    const first = await outboxRow(queued.id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
    expect(first.last_error).toContain('mailbox full');
    const firstDelay = first.next_attempt_at.getTime() - before;
    expect(firstDelay).toBeGreaterThan(20_000);
    // Not due yet: a round right now leaves it alone.
    expect(await deliverDue(t.database.db, send)).toEqual({ sent: 0, failed: 0 });

    // The server goes away: the error changes, the delay grows.
    await new Promise<void>((resolve) => smtp.close(resolve));
    const later = () => new Date(Date.now() + 7 * 3600_000);
    const beforeSecond = Date.now();
    expect(await deliverDue(t.database.db, send, later())).toEqual({ sent: 0, failed: 1 });
    const second = await outboxRow(queued.id);
    expect(second).toMatchObject({ status: 'pending', attempts: 2 });
    expect(second.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(second.next_attempt_at.getTime() - beforeSecond).toBeGreaterThan(firstDelay);

    for (let attempt = 3; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverDue(t.database.db, send, later())).toEqual({ sent: 0, failed: 1 });
    }
    const last = await outboxRow(queued.id);
    expect(last).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, sent_at: null });
    expect(await deliverDue(t.database.db, send, later())).toEqual({ sent: 0, failed: 0 });

    smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  });
});

describe('the outbox API', () => {
  it('shows the secretariat the list and each message with its text', async () => {
    const network = await buildOrganisation(t.database.db, { kind: 'international_org' });
    const secretariat = await buildAccount(t.database.db, {
      role: 'secretariat',
      organisationId: network.id,
    });
    const cookie = await signIn(t.app, secretariat.email);
    const queued = await queueResetMail('tr');

    const list = await t.app.inject({ method: 'GET', url: '/api/outbox', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ id: queued.id, to: queued.to_address, subject: queued.subject, status: 'pending' }],
    });
    const filtered = await t.app.inject({
      method: 'GET',
      url: `/api/outbox?status=sent&to=${encodeURIComponent(queued.to_address)}`,
      headers: { cookie },
    });
    expect(filtered.json().total).toBe(0);

    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/outbox/${queued.id}`,
      headers: { cookie },
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      id: queued.id,
      locale: 'tr',
      text: queued.text_body,
      lastError: null,
    });
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/outbox/00000000-0000-4000-8000-000000000000',
      headers: { cookie },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('is closed to agency admins and to the public', async () => {
    const agency = await buildOrganisation(t.database.db);
    const admin = await buildAccount(t.database.db, { role: 'agency_admin', organisationId: agency.id });
    const cookie = await signIn(t.app, admin.email);
    const queued = await queueResetMail('en');
    for (const url of ['/api/outbox', `/api/outbox/${queued.id}`]) {
      const asAdmin = await t.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(asAdmin.statusCode).toBe(403);
      expect(asAdmin.json().code).toBe('FORBIDDEN');
      const anonymous = await t.app.inject({ method: 'GET', url });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().code).toBe('UNAUTHENTICATED');
    }
  });
});
