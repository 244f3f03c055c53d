import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AccessToken } from './accounts.table.ts';

export async function insertAccessToken(
  db: Kysely<Database>,
  token: { accountId: string; name: string; hash: string; prefix: string; expiresAt: Date | null },
): Promise<AccessToken> {
  return db
    .insertInto('access_tokens')
    .values({
      account_id: token.accountId,
      name: token.name,
      token_hash: token.hash,
      prefix: token.prefix,
      expires_at: token.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The usable token with this hash (not revoked, not expired) and its active account. */
export async function findUsableToken(db: Kysely<Database>, hash: string, now: Date) {
  return db
    .selectFrom('access_tokens')
    .innerJoin('accounts', 'accounts.id', 'access_tokens.account_id')
    .select(['access_tokens.id', 'access_tokens.account_id', 'access_tokens.last_used_at'])
    .where('access_tokens.token_hash', '=', hash)
    .where('access_tokens.revoked_at', 'is', null)
    .where((eb) =>
      eb.or([eb('access_tokens.expires_at', 'is', null), eb('access_tokens.expires_at', '>', now)]),
    )
    .where('accounts.status', '=', 'active')
    .executeTakeFirst();
}

export async function markTokenUsed(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db.updateTable('access_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function listAccessTokens(db: Kysely<Database>, accountId: string): Promise<AccessToken[]> {
  return db
    .selectFrom('access_tokens')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Revokes one of the account's tokens; returns the token as it was, or undefined if none. */
export async function revokeAccessToken(
  db: Kysely<Database>,
  accountId: string,
  id: string,
  now: Date,
): Promise<AccessToken | undefined> {
  return db
    .updateTable('access_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
