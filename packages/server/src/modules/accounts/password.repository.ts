import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function insertPasswordReset(
  db: Kysely<Database>,
  reset: { hash: string; accountId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({ token_hash: reset.hash, account_id: reset.accountId, expires_at: reset.expiresAt })
    .execute();
}

/**
 * Locks the account's row until the transaction ends, so that reset requests for one account
 * are counted and inserted one at a time (FOR NO KEY UPDATE: foreign-key checks are not blocked).
 */
export async function lockAccountForResets(db: Kysely<Database>, accountId: string): Promise<void> {
  await db.selectFrom('accounts').select('id').where('id', '=', accountId).forNoKeyUpdate().execute();
}

export async function countRecentResets(
  db: Kysely<Database>,
  accountId: string,
  since: Date,
): Promise<number> {
  const row = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Uses up a reset token atomically: returns its account only if it was unused and unexpired. */
export async function consumePasswordReset(
  db: Kysely<Database>,
  hash: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('account_id')
    .executeTakeFirst();
  return row?.account_id;
}
