import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { NewOutboxMessage, OutboxMessage, OutboxStatus } from './mail.table.ts';

/** Puts a message in the outbox (in the caller's transaction). */
export async function insertOutboxMessage(db: Kysely<Database>, message: NewOutboxMessage): Promise<string> {
  const row = await db.insertInto('outbox').values(message).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A page of the outbox, newest first. */
export async function listOutbox(
  db: Kysely<Database>,
  filter: { status?: OutboxStatus; to?: string },
  page: { limit: number; offset: number },
): Promise<{ items: OutboxMessage[]; total: number }> {
  let query = db.selectFrom('outbox');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.to) query = query.where('to_address', '=', filter.to.toLowerCase());
  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findOutboxMessage(
  db: Kysely<Database>,
  id: string,
): Promise<OutboxMessage | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A page of the messages addressed to `address` (already lower-cased), newest first. */
export async function listOwnMessages(
  db: Kysely<Database>,
  address: string,
  page: { limit: number; offset: number },
): Promise<{ items: OutboxMessage[]; total: number }> {
  const query = db.selectFrom('outbox').where('to_address', '=', address);
  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** The message `id` if it is addressed to `address` (already lower-cased). */
export async function findOwnMessage(
  db: Kysely<Database>,
  address: string,
  id: string,
): Promise<OutboxMessage | undefined> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('id', '=', id)
    .where('to_address', '=', address)
    .executeTakeFirst();
}

/**
 * Claims up to `limit` due messages for sending. `skip locked` lets several servers share one
 * outbox without sending a message twice.
 */
export async function claimDueMessages(
  db: Kysely<Database>,
  now: Date,
  limit: number,
): Promise<OutboxMessage[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sent', sent_at: now, attempts: eb('attempts', '+', 1), last_error: null }))
    .where('id', '=', id)
    .execute();
}

export async function markAttemptFailed(
  db: Kysely<Database>,
  id: string,
  update: { error: string; nextAttemptAt: Date; giveUp: boolean },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      status: update.giveUp ? 'failed' : 'pending',
      attempts: eb('attempts', '+', 1),
      last_error: update.error.slice(0, 1000),
      next_attempt_at: update.nextAttemptAt,
    }))
    .where('id', '=', id)
    .execute();
}
