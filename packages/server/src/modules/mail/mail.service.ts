import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import { findOutboxMessage, insertOutboxMessage, listOutbox } from './mail.repository.ts';
import type { OutboxMessage, OutboxStatus } from './mail.table.ts';
import { type Locale, renderMail, type TemplateName } from './mail.templates.ts';

/** One mail to queue: the template, the recipient's language and the template's variables. */
export interface MailRequest {
  to: string;
  template: TemplateName;
  locale: Locale;
  vars: Record<string, string>;
}

/**
 * Queues a mail in the outbox. Call it inside the transaction of the write that causes it, so the
 * mail exists exactly when the write committed.
 */
export async function enqueueMail(db: Kysely<Database>, mail: MailRequest): Promise<string> {
  const { subject, text } = renderMail(mail.template, mail.locale, mail.vars);
  return insertOutboxMessage(db, {
    to_address: mail.to.toLowerCase(),
    subject,
    text_body: text,
    html_body: null,
    template: mail.template,
    locale: mail.locale,
  });
}

function presentSummary(m: OutboxMessage) {
  return {
    id: m.id,
    to: m.to_address,
    subject: m.subject,
    template: m.template,
    locale: m.locale,
    status: m.status,
    attempts: m.attempts,
    createdAt: m.created_at.toISOString(),
    sentAt: m.sent_at?.toISOString() ?? null,
  };
}

/** A page of the outbox for the secretariat. */
export async function browseOutbox(
  db: Kysely<Database>,
  filter: { status?: OutboxStatus; to?: string },
  page: { limit: number; offset: number },
) {
  const { items, total } = await listOutbox(db, filter, page);
  return { items: items.map(presentSummary), total };
}

/**
 * One message with its body.
 * @throws AppError NOT_FOUND
 */
export async function readOutboxMessage(db: Kysely<Database>, id: string) {
  const m = await findOutboxMessage(db, id);
  if (!m) throw notFound('The message');
  return { ...presentSummary(m), text: m.text_body, html: m.html_body, lastError: m.last_error };
}
