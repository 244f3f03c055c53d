import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { findOwnMessage, listOwnMessages } from './mail.repository.ts';
import type { OutboxMessage } from './mail.table.ts';

/**
 * The address a person's mail is queued to: the outbox stores `to_address` lower-cased
 * (`enqueueMail`), so the account e-mail is compared lower-cased too.
 */
function ownAddress(actor: Actor): string | undefined {
  return actor.kind === 'account' ? actor.email.toLowerCase() : undefined;
}

/** A message as its own recipient sees it: no recipient, template, attempts or errors. */
function presentOwnSummary(m: OutboxMessage) {
  return {
    id: m.id,
    subject: m.subject,
    createdAt: m.created_at.toISOString(),
    sentAt: m.sent_at?.toISOString() ?? null,
    status: m.status,
  };
}

/** A page of the messages addressed to the caller's account e-mail, newest first. */
export async function myMessages(
  db: Kysely<Database>,
  actor: Actor,
  page: { limit: number; offset: number },
) {
  const address = ownAddress(actor);
  if (!address) return { items: [], total: 0 };
  const { items, total } = await listOwnMessages(db, address, page);
  return { items: items.map(presentOwnSummary), total };
}

/**
 * One of the caller's messages with its text body. Only the text body is served: the web app
 * shows it as text, so no mail HTML ever reaches the page.
 * @throws AppError NOT_FOUND when the message does not exist or is addressed to someone else
 */
export async function myMessage(db: Kysely<Database>, actor: Actor, id: string) {
  const address = ownAddress(actor);
  const m = address ? await findOwnMessage(db, address, id) : undefined;
  if (!m) throw notFound('The message');
  return { ...presentOwnSummary(m), text: m.text_body };
}
