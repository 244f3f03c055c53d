import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { claimDueMessages, markAttemptFailed, markSent } from './mail.repository.ts';
import type { OutboxMessage } from './mail.table.ts';

/** Sends one message; resolves when the SMTP server accepted it. */
export type Send = (message: OutboxMessage) => Promise<void>;

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min … capped at 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** A `Send` over SMTP (nodemailer) to `smtpUrl`, from `from`. */
export function smtpSender(smtpUrl: string, from: string): Send {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (message) => {
    await transport.sendMail({
      from,
      to: message.to_address,
      subject: message.subject,
      text: message.text_body,
      ...(message.html_body ? { html: message.html_body } : {}),
      headers: { 'X-Kopru-Message-Id': message.id },
    });
  };
}

/**
 * Sends the messages that are due, once. Messages are leased in a short transaction, sent
 * outside it (so a slow SMTP server holds no lock), then marked sent or rescheduled.
 * @returns how many were sent and how many failed this round
 */
export async function deliverDue(
  db: Kysely<Database>,
  send: Send,
  now = new Date(),
  batch = 20,
): Promise<{ sent: number; failed: number }> {
  const due = await db.transaction().execute(async (trx) => {
    const rows = await claimDueMessages(trx, now, batch);
    if (rows.length > 0) {
      await trx
        .updateTable('outbox')
        .set({ next_attempt_at: new Date(now.getTime() + LEASE_MS) })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    }
    return rows;
  });
  let sent = 0;
  let failed = 0;
  for (const message of due) {
    try {
      await send(message);
      await markSent(db, message.id, new Date());
      sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      await markAttemptFailed(db, message.id, {
        error: error instanceof Error ? error.message : String(error),
        nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
        giveUp: attempts >= MAX_ATTEMPTS,
      });
      failed++;
    }
  }
  return { sent, failed };
}

/** Polls the outbox every `intervalMs` while running; `stop()` waits for the round in flight. */
export function startMailWorker(db: Kysely<Database>, send: Send, log: Logger, intervalMs = 2000) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => deliverDue(db, send))
      .then((r) => {
        if (r.sent || r.failed) log.info(r, 'outbox delivery round');
      })
      .catch((error: unknown) => log.error({ err: error }, 'outbox delivery failed'));
  }, intervalMs);
  timer.unref();
  return {
    async stop(): Promise<void> {
      clearInterval(timer);
      await running;
    },
  };
}
