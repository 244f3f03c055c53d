import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Account, AccountsTable, NewAccount, Role } from './accounts.table.ts';
import type { Grant } from './actor.ts';

export async function findAccountByEmail(db: Kysely<Database>, email: string): Promise<Account | undefined> {
  return db.selectFrom('accounts').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findAccountById(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAccount(db: Kysely<Database>, account: NewAccount): Promise<Account> {
  return db.insertInto('accounts').values(account).returningAll().executeTakeFirstOrThrow();
}

export async function updateAccount(
  db: Kysely<Database>,
  id: string,
  patch: Updateable<AccountsTable>,
): Promise<Account> {
  return db
    .updateTable('accounts')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listGrants(db: Kysely<Database>, accountId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('role_grants')
    .select(['id', 'role', 'organisation_id'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, role: r.role, organisationId: r.organisation_id }));
}

/** Grants a role; granting one the account already holds changes nothing. */
export async function insertGrant(
  db: Kysely<Database>,
  grant: { accountId: string; role: Role; organisationId: string; grantedBy: string | null },
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto('role_grants')
    .values({
      account_id: grant.accountId,
      role: grant.role,
      organisation_id: grant.organisationId,
      granted_by: grant.grantedBy,
    })
    .onConflict((oc) => oc.constraint('role_grants_unique').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('role_grants')
    .select('id')
    .where('account_id', '=', grant.accountId)
    .where('role', '=', grant.role)
    .where('organisation_id', '=', grant.organisationId)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/** The primary display names of organisations, by id (English official name first). */
export async function organisationLabels(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisation_names')
    .select(['organisation_id', 'name', 'lang', 'name_type', 'sort'])
    .where('organisation_id', 'in', ids)
    .where('name_type', '=', 'official')
    .where('valid_to', 'is', null)
    .execute();
  const rank = (r: { lang: string; sort: number }) => (r.lang === 'en' ? 0 : 1) * 1000 + r.sort;
  const labels = new Map<string, { name: string; rank: number }>();
  for (const r of rows) {
    const current = labels.get(r.organisation_id);
    if (!current || rank(r) < current.rank) labels.set(r.organisation_id, { name: r.name, rank: rank(r) });
  }
  return new Map([...labels].map(([id, v]) => [id, v.name]));
}
